package dev.archdoc.core.site;

import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.render.RenderedPage;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tours of a system: an index, an overview per tour, and a page per step with its snippet. */
final class TourPages {

  /** Longer elements (a whole class) show their head: a step is about one place, not a file. */
  private static final int MAX_SNIPPET_LINES = 60;

  private final Rendering r;
  private final SystemModel system;
  private final List<Tour> tours;

  TourPages(Rendering r, SystemModel system) {
    this.r = r;
    this.system = system;
    this.tours = system.docs().pages().stream()
        .filter(page -> Tour.isTour(system.config().docs(), page))
        .map(Tour::read)
        .toList();
  }

  List<Tour> tours() {
    return tours;
  }

  List<SitePage> pages() {
    List<SitePage> pages = new ArrayList<>();
    String indexPath = r.map.tours(system.config());
    List<Map<String, Object>> cards = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    for (Tour tour : tours) {
      Map<String, Object> card = new LinkedHashMap<>();
      card.put("title", tour.page().title());
      card.put("href", SiteMap.relative(indexPath, r.map.tour(system.config(), tour.page().file())));
      card.put("summaryHtml", firstParagraph(tour, indexPath, found));
      card.put("stepCount", tour.steps().size());
      cards.add(card);
      pages.addAll(tourPages(tour));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("tours", cards);
    c.put("hasTours", !cards.isEmpty());
    c.put("toursFolder", SiteMap.slashes(system.config().docs().resolve("tours")) + "/");
    pages.add(SitePage.of(indexPath, "Tours", system.name(), r.theme.render("tours", c)).withFindings(found));
    return pages;
  }

  private List<SitePage> tourPages(Tour tour) {
    List<SitePage> pages = new ArrayList<>();
    String overview = r.map.tour(system.config(), tour.page().file());
    List<Finding> found = new ArrayList<>();
    String intro = section(tour, tour.intro(), overview, found);
    List<Map<String, Object>> steps = new ArrayList<>();
    StringBuilder search = new StringBuilder(Rendering.text(intro));
    for (int i = 0; i < tour.steps().size(); i++) {
      Tour.Step step = tour.steps().get(i);
      steps.add(Map.of("title", step.title(), "target", step.target() == null ? "" : step.target(),
          "href", SiteMap.relative(overview, r.map.tourStep(system.config(), tour.page().file(), i + 1))));
      String stepPath = r.map.tourStep(system.config(), tour.page().file(), i + 1);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("tourTitle", tour.page().title());
      c.put("tourHref", SiteMap.relative(stepPath, overview));
      c.put("number", i + 1);
      c.put("count", tour.steps().size());
      c.put("title", step.title());
      c.put("target", step.target());
      List<Finding> stepFound = new ArrayList<>();
      String note = section(tour, step.note(), stepPath, stepFound);
      c.put("noteHtml", note);
      search.append(' ').append(step.title()).append(' ').append(Rendering.text(note));
      Optional<CodeElement> element = step.target() == null ? Optional.empty() : system.code().resolve(step.target());
      c.put("elementHref", element.map(e -> SiteMap.relative(stepPath, r.url(system, e))).orElse(null));
      element.flatMap(CodeElement::location).ifPresent(span -> snippet(span, stepPath, c));
      if (i > 0) {
        c.put("prevHref", SiteMap.relative(stepPath, r.map.tourStep(system.config(), tour.page().file(), i)));
        c.put("prevTitle", tour.steps().get(i - 1).title());
      }
      if (i + 1 < tour.steps().size()) {
        c.put("nextHref", SiteMap.relative(stepPath, r.map.tourStep(system.config(), tour.page().file(), i + 2)));
        c.put("nextTitle", tour.steps().get(i + 1).title());
      }
      pages.add(SitePage.of(stepPath, step.title() + " · " + tour.page().title(), system.name(),
          r.theme.render("tour-step", c)).withFindings(stepFound));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("title", tour.page().title());
    c.put("toursHref", SiteMap.relative(overview, r.map.tours(system.config())));
    c.put("introHtml", intro);
    c.put("steps", steps);
    c.put("firstHref", steps.isEmpty() ? null : steps.get(0).get("href"));
    pages.add(SitePage.of(overview, tour.page().title(), system.name(), r.theme.render("tour", c))
        .searchable("tour", search.toString())
        .withFindings(found));
    return pages;
  }

  private void snippet(SourceSpan span, String stepPath, Map<String, Object> c) {
    List<String> lines;
    try {
      lines = Files.readAllLines(r.project.root().resolve(span.file()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // the step still reads without its snippet; the literate view reports the file
    }
    int end = Math.min(span.endLine(), span.startLine() + MAX_SNIPPET_LINES - 1);
    c.put("codeHtml", LiteratePages.snippet(lines, span.startLine(), end));
    c.put("lineRange", span.startLine() + "–" + end);
    c.put("sourcePath", span.file());
    c.put("sourceHref", r.hasLiterateView(system, span.file())
        ? SiteMap.relative(stepPath, r.map.source(system.config(), span.file()) + "#" + SiteMap.lineAnchor(span.startLine()))
        : null);
  }

  /** A section of a tour as HTML; what rendering it found goes to {@code found}, its page's own list. */
  private String section(Tour tour, Tour.Section section, String fromPage, List<Finding> found) {
    if (section.markdown().isBlank()) {
      return "";
    }
    Page page = PageReader.read(tour.page().file(), section.markdown(), section.firstLine()).page();
    return html(r.render(system, page, fromPage), found);
  }

  private String firstParagraph(Tour tour, String fromPage, List<Finding> found) {
    String text = tour.intro().markdown().strip();
    int blank = text.indexOf("\n\n");
    String first = blank < 0 ? text : text.substring(0, blank);
    return first.isBlank() ? null : html(r.render(system,
        PageReader.read(tour.page().file(), first, tour.intro().firstLine()).page(), fromPage), found);
  }

  private static String html(RenderedPage rendered, List<Finding> found) {
    found.addAll(rendered.findings());
    return rendered.html();
  }
}
