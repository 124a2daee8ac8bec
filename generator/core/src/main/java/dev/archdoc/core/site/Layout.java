package dev.archdoc.core.site;

import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps a page in the theme's layout: head, top bar with search, the sidebar, the footer.
 *
 * <p>A section's sidebar lists its generated pages, then the pages people wrote as a {@linkplain
 * NavTree tree} (just-the-docs' {@code parent}/{@code nav_order}, then folders) with only the
 * current branch open; past {@link #LISTED_PAGES} written pages it also links to the section's
 * {@linkplain PagesIndex page index}. A sidebar of every page on every page makes the site grow
 * with the square of its pages.
 */
final class Layout {

  /** How many written pages a section has at most before its sidebar links to the page index too. */
  static final int LISTED_PAGES = 12;

  /** One link of the sidebar, by site path; {@code folder} marks the pages it stands for. */
  private record Item(String title, String path, String folder) {}

  /**
   * @param items the generated pages, always listed
   * @param pages the pages people wrote, as a tree
   * @param pagesIndex where every written page is listed, or null when the sidebar lists them all
   */
  private record Section(String title, String path, List<Item> items, NavTree pages, String pagesIndex) {}

  private final Theme theme;
  private final String siteTitle;
  private final String version;
  /** The site this one is part of, linked from every page's top bar, or null. */
  private final ParentSite parent;
  private final List<Section> sections = new ArrayList<>();

  Layout(Theme theme, SiteMap map, ProjectModel project, String version, ParentSite parent) {
    this.theme = theme;
    this.parent = parent;
    this.siteTitle = project.config().title();
    this.version = version;
    for (SystemModel system : project.systems()) {
      var config = system.config();
      String section = map.section(config);
      List<Item> items = new ArrayList<>();
      items.add(new Item("Decisions", map.decisions(config), section + "decisions/"));
      items.add(new Item("System", map.code(config), section + "code/"));
      items.add(new Item("Tours", map.tours(config), section + "tours/"));
      items.add(new Item("Source files", map.sources(config), section + "source/"));
      items.add(new Item("Diagrams", map.diagrams(config), null));
      String title = project.systems().size() > 1 ? config.title() : "Explore";
      String index = PagesIndex.listed(map, system).size() > LISTED_PAGES ? map.pagesIndex(config) : null;
      sections.add(new Section(title, map.sectionHome(config), items, NavTree.of(map, system, index), index));
    }
  }

  byte[] wrap(SitePage page) {
    String path = page.path();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("title", page.title());
    c.put("siteTitle", siteTitle);
    c.put("version", version);
    c.put("parentSite", parent == null ? null : Map.of("title", parent.title(), "href", parent.href()));
    c.put("root", SiteMap.rootOf(path));
    c.put("homeCurrent", path.equals(SiteMap.HOME));
    c.put("driftCurrent", path.equals(SiteMap.DRIFT));
    c.put("generatedFrom", page.generatedFrom());
    c.put("content", page.content());
    c.put("mermaid", page.content() != null && page.content().contains(PageRenderer.MERMAID_OPEN));
    List<Map<String, Object>> nav = new ArrayList<>();
    for (Section section : sections) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Item item : section.items()) {
        boolean current = path.equals(item.path()) || (item.folder() != null && path.startsWith(item.folder()));
        items.add(item(item.title(), SiteMap.relative(path, item.path()), current, null));
      }
      boolean first = true;
      for (NavTree.Line line : section.pages().lines(path)) {
        String classes = "nav-d" + Math.min(line.depth(), 5) + (line.branch() ? " nav-branch" : "")
            + (line.open() ? " nav-open" : "") + (first ? " nav-first" : "");
        first = false;
        items.add(item(line.title(), SiteMap.relative(path, line.path()), line.current(), classes));
      }
      if (section.pagesIndex() != null) {
        items.add(item("All pages (" + section.pages().size() + ")", SiteMap.relative(path, section.pagesIndex()),
            path.equals(section.pagesIndex()), null));
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("title", section.title());
      entry.put("href", SiteMap.relative(path, section.path()));
      entry.put("current", path.equals(section.path()) && !path.equals(SiteMap.HOME));
      entry.put("items", items);
      nav.add(entry);
    }
    c.put("sections", nav);
    return theme.render("layout", c).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> item(String title, String href, boolean current, String classes) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", title);
    item.put("href", href);
    item.put("current", current);
    item.put("classes", classes);
    return item;
  }
}
