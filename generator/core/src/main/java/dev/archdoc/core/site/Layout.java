package dev.archdoc.core.site;

import dev.archdoc.core.docs.page.PageRenderer;
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
 * <p>A section's sidebar lists its generated pages and the pages people wrote. Past {@link
 * #LISTED_PAGES} written pages it lists at most that many, those of the shown page's folder around
 * it (or of the section's top folder), and links to the section's {@linkplain PagesIndex page
 * index}: a sidebar of every page on every page makes the site grow with the square of its pages.
 */
final class Layout {

  /** How many written pages a sidebar lists at most before it links to the page index instead. */
  static final int LISTED_PAGES = 12;

  /** One link of the sidebar, by site path; {@code folder} marks the pages it stands for. */
  private record Item(String title, String path, String folder) {}

  /**
   * @param items the generated pages, always listed
   * @param pages the pages people wrote, in the order the docs list them
   * @param pagesIndex where every written page is listed, or null when the sidebar lists them all
   */
  private record Section(String title, String path, List<Item> items, List<Item> pages, String pagesIndex) {}

  private final Theme theme;
  private final String siteTitle;
  private final String version;
  private final List<Section> sections = new ArrayList<>();

  Layout(Theme theme, SiteMap map, ProjectModel project, String version) {
    this.theme = theme;
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
      List<Item> pages = PagesIndex.listed(map, system).stream().map(page -> new Item(page.title(), page.path(), null)).toList();
      String title = project.systems().size() > 1 ? config.title() : "Explore";
      String index = pages.size() > LISTED_PAGES ? map.pagesIndex(config) : null;
      sections.add(new Section(title, map.sectionHome(config), items, pages, index));
    }
  }

  byte[] wrap(SitePage page) {
    String path = page.path();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("title", page.title());
    c.put("siteTitle", siteTitle);
    c.put("version", version);
    c.put("root", SiteMap.rootOf(path));
    c.put("homeCurrent", path.equals(SiteMap.HOME));
    c.put("driftCurrent", path.equals(SiteMap.DRIFT));
    c.put("generatedFrom", page.generatedFrom());
    c.put("content", page.content());
    c.put("mermaid", page.content() != null && page.content().contains(PageRenderer.MERMAID_OPEN));
    List<Map<String, Object>> nav = new ArrayList<>();
    for (Section section : sections) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Item item : shown(section, path)) {
        boolean current = path.equals(item.path()) || (item.folder() != null && path.startsWith(item.folder()));
        items.add(Map.of("title", item.title(), "href", SiteMap.relative(path, item.path()), "current", current));
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

  /** The links a section's sidebar shows on the page at {@code path}. */
  private static List<Item> shown(Section section, String path) {
    List<Item> shown = new ArrayList<>(section.items());
    if (section.pagesIndex() == null) {
      shown.addAll(section.pages());
      return shown;
    }
    List<Item> near = section.pages().stream().filter(item -> folderOf(item.path()).equals(folderOf(path))).toList();
    if (near.isEmpty()) {
      String top = folderOf(section.path());
      near = section.pages().stream().filter(item -> folderOf(item.path()).equals(top)).toList();
    }
    int at = 0;
    for (int i = 0; i < near.size(); i++) {
      if (near.get(i).path().equals(path)) {
        at = i;
      }
    }
    // a window of the folder's pages that holds the shown one, as near its middle as the ends allow
    int from = Math.max(0, Math.min(at - LISTED_PAGES / 2, near.size() - LISTED_PAGES));
    shown.addAll(near.subList(from, Math.min(near.size(), from + LISTED_PAGES)));
    shown.add(new Item("All pages (" + section.pages().size() + ")", section.pagesIndex(), null));
    return shown;
  }

  private static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }
}
