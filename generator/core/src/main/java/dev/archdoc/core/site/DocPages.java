package dev.archdoc.core.site;

import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.render.RenderedPage;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * The pages people wrote (overviews, guides) and the home pages: the site's home is the outermost
 * docs folder's index page, a section's home its docs folder's index page, each followed by cards
 * that lead into the generated parts; without an index page the cards stand alone.
 */
final class DocPages {

  private final Rendering r;

  DocPages(Rendering r) {
    this.r = r;
  }

  /**
   * A written page at its mirrored place; none for a tour (see {@link TourPages}), a home (made by
   * {@link #homes}) or a decisions folder's {@code index} page (it opens the decisions index, see
   * {@link DecisionIntro}).
   */
  List<SitePage> page(SystemModel system, Page page) {
    String path = r.map.doc(system.config(), page.file());
    if (Tour.isTour(system.config().docs(), page) || isHome(path) || DecisionIntro.replacesPage(r.map, system, page)) {
      return List.of();
    }
    RenderedPage rendered = r.render(system, page, path);
    String body = rendered.html();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("bodyHtml", withTitle(page, body));
    return List.of(SitePage.of(path, page.title(), system.name(), r.theme.render("doc", c))
        .searchable("page", page.title() + " " + Rendering.text(body))
        .withFindings(rendered.findings()));
  }

  /** The site home and, with several systems, each section's home. */
  List<SitePage> homes() {
    List<SitePage> pages = new ArrayList<>();
    boolean several = r.project.systems().size() > 1;
    if (several) {
      List<Map<String, Object>> cards = new ArrayList<>();
      for (SystemModel system : r.project.systems()) {
        cards.add(card(SiteMap.HOME, r.map.sectionHome(system.config()), system.config().title(), summary(system)));
      }
      pages.add(home(SiteMap.HOME, null, r.project.config().title(), "Systems", cards));
      for (SystemModel system : r.project.systems()) {
        String path = r.map.sectionHome(system.config());
        pages.add(home(path, system, system.config().title(), "In this section", sectionCards(system, path)));
      }
    } else {
      SystemModel system = r.project.systems().get(0);
      pages.add(home(SiteMap.HOME, system, r.project.config().title(), "Explore", sectionCards(system, SiteMap.HOME)));
    }
    return pages;
  }

  private SitePage home(String path, SystemModel system, String title, String heading, List<Map<String, Object>> cards) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("title", title);
    c.put("lead", system == null
        ? "The architecture of this repository, system by system: why it is built this way, how the code is"
            + " laid out, and walks through it. Every page is generated from the decisions, docs and code."
        : "The decisions that shaped " + system.config().title() + ", its code by layer and package, and guided"
            + " tours through it.");
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("heading", heading);
    links.put("cards", cards);
    if (system != null) {
      List<Map<String, Object>> tours = tours(system, path);
      List<Map<String, Object>> packages = packages(system, path);
      links.put("tours", tours);
      links.put("hasTours", !tours.isEmpty());
      links.put("packages", packages);
      links.put("hasPackages", !packages.isEmpty());
    }
    c.put("sectionLinks", links);
    Optional<Map.Entry<SystemModel, Page>> written = writtenPageAt(path);
    String name = system == null ? null : system.name();
    if (written.isPresent()) {
      SystemModel owner = written.get().getKey();
      Page page = written.get().getValue();
      RenderedPage rendered = r.render(owner, page, path);
      String body = rendered.html();
      c.put("bodyHtml", withTitle(page, body));
      return SitePage.of(path, page.title(), name, r.theme.render("doc", c))
          .searchable("page", page.title() + " " + Rendering.text(body))
          .withFindings(rendered.findings());
    }
    return SitePage.of(path, title, name, r.theme.render("section", c));
  }

  private boolean isHome(String path) {
    if (path.equals(SiteMap.HOME)) {
      return true;
    }
    return r.project.systems().size() > 1
        && r.project.systems().stream().anyMatch(s -> r.map.sectionHome(s.config()).equals(path));
  }

  private Optional<Map.Entry<SystemModel, Page>> writtenPageAt(String path) {
    for (SystemModel system : r.project.systems()) {
      for (Page page : system.docs().pages()) {
        if (r.map.isUnderDocsRoot(page.file()) && r.map.doc(system.config(), page.file()).equals(path)) {
          return Optional.of(Map.entry(system, page));
        }
      }
    }
    return Optional.empty();
  }

  private List<Map<String, Object>> sectionCards(SystemModel system, String from) {
    var config = system.config();
    List<Adr> adrs = system.docs().decisions().adrs();
    long retired = adrs.stream().filter(adr -> AdrLabels.isRetired(system, adr)).count();
    long tours = system.docs().pages().stream().filter(p -> Tour.isTour(config.docs(), p)).count();
    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(card(from, r.map.decisions(config), "Decisions",
        adrs.size() + " decisions, " + retired + " retired: why the system is built this way."));
    cards.add(card(from, r.map.code(config), "System",
        system.code().types().size() + " types in " + system.code().packages().size() + " packages, by layer."));
    cards.add(card(from, r.map.tours(config), "Tours",
        tours == 0 ? "Walks through the code." : tours + " guided walks through the code, step by step."));
    long views = system.code().files().stream().filter(f -> r.hasLiterateView(system, f.path())).count();
    cards.add(card(from, r.map.sources(config), "Source", views == 0
        ? "No file has //! notes or code a decision or doc names yet."
        : views + " of " + system.code().files().size() + " files read as prose and code."));
    cards.add(card(from, r.map.diagrams(config), "Diagrams", "Drawn by hand and from the code."));
    return cards;
  }

  /** The tours, first: they are the quickest way into a system. */
  private List<Map<String, Object>> tours(SystemModel system, String from) {
    List<Map<String, Object>> tours = new ArrayList<>();
    for (Page page : system.docs().pages()) {
      if (Tour.isTour(system.config().docs(), page)) {
        tours.add(Map.of("title", page.title(), "href", SiteMap.relative(from, r.map.tour(system.config(), page.file()))));
      }
    }
    return tours;
  }

  /** Each package, outermost layer first, with the first sentence of its package-info. */
  private List<Map<String, Object>> packages(SystemModel system, String from) {
    List<Map<String, Object>> packages = new ArrayList<>();
    List<dev.archdoc.doclet.model.CodePackage> outermostFirst = new ArrayList<>(system.code().packages());
    outermostFirst.sort(java.util.Comparator.comparingInt((dev.archdoc.doclet.model.CodePackage p) -> {
      var layer = system.config().layerOf(p.name());
      return layer.map(l -> system.config().layers().indexOf(l)).orElse(Integer.MAX_VALUE);
    }).thenComparing(dev.archdoc.doclet.model.CodePackage::name));
    for (var pkg : outermostFirst) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", pkg.name());
      item.put("href", SiteMap.relative(from, r.map.packagePage(system.config(), pkg.name())));
      item.put("layer", system.config().layerOf(pkg.name()).map(l -> l.name()).orElse(null));
      String file = pkg.packageInfo() == null ? "package-info.java" : pkg.packageInfo().file();
      item.put("summaryHtml", r.markdown(system, file, 1, pkg.doc().firstSentence(), from));
      packages.add(item);
    }
    return packages;
  }

  private String summary(SystemModel system) {
    return system.docs().decisions().adrs().size() + " decisions · " + system.code().types().size() + " types";
  }

  private static Map<String, Object> card(String from, String to, String title, String text) {
    return Map.of("href", SiteMap.relative(from, to), "title", title, "text", text);
  }

  /** A Markdown page with no {@code #} heading still gets its title as the page heading. */
  private static String withTitle(Page page, String body) {
    boolean hasHeading = page.headings().stream().anyMatch(h -> h.level() == 1) || body.contains("<h1");
    return hasHeading ? body : "<h1>" + Entities.escape(page.title()) + "</h1>\n" + body;
  }
}
