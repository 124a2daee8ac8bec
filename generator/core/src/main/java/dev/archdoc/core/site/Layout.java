package dev.archdoc.core.site;

import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wraps a page in the theme's layout: head, top bar with search, the sidebar, the footer. */
final class Layout {

  /** One link of the sidebar, by site path; {@code folder} marks the pages it stands for. */
  private record Item(String title, String path, String folder) {}

  private record Section(String title, String path, List<Item> items) {}

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
      for (Page page : system.docs().pages()) {
        String path = map.doc(config, page.file());
        boolean home = path.equals(SiteMap.HOME) || path.equals(map.sectionHome(config));
        if (!home && !Tour.isTour(config.docs(), page)) {
          items.add(new Item(page.title(), path, null));
        }
      }
      String title = project.systems().size() > 1 ? config.title() : "Explore";
      sections.add(new Section(title, map.sectionHome(config), items));
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
    List<Map<String, Object>> nav = new ArrayList<>();
    for (Section section : sections) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Item item : section.items()) {
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
}
