package dev.archdoc.core.site;

import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page that lists every page people wrote for a system, grouped by folder, for a section with
 * more of them than its sidebar lists ({@link Layout#LISTED_PAGES}); a section with fewer has none.
 */
final class PagesIndex {

  /** A written page as the sidebar and this index list it. */
  record Listed(String title, String path) {}

  private PagesIndex() {}

  /** The written pages a sidebar may list, in the docs' order: not the homes, not the tours. */
  static List<Listed> listed(SiteMap map, SystemModel system) {
    return listedPages(map, system).stream()
        .map(page -> new Listed(page.title(), map.doc(system.config(), page.file()))).toList();
  }

  /** The written pages a sidebar may list, in the docs' order: not the homes, not the tours. */
  static List<Page> listedPages(SiteMap map, SystemModel system) {
    var config = system.config();
    List<Page> listed = new ArrayList<>();
    for (Page page : system.docs().pages()) {
      String path = map.doc(config, page.file());
      boolean home = path.equals(SiteMap.HOME) || path.equals(map.sectionHome(config));
      if (!home && !Tour.isTour(config.docs(), page)) {
        listed.add(page);
      }
    }
    return listed;
  }

  /** The index page, or none when the sidebar lists every page. */
  static List<SitePage> pages(Rendering r, SystemModel system) {
    List<Listed> listed = listed(r.map, system);
    if (listed.size() <= Layout.LISTED_PAGES) {
      return List.of();
    }
    String path = r.map.pagesIndex(system.config());
    Map<String, List<Map<String, Object>>> byFolder = new LinkedHashMap<>();
    for (Listed page : listed) {
      String folder = page.path().substring(0, page.path().lastIndexOf('/') + 1);
      byFolder.computeIfAbsent(folder, f -> new ArrayList<>())
          .add(Map.of("title", page.title(), "href", SiteMap.relative(path, page.path())));
    }
    List<Map<String, Object>> folders = new ArrayList<>();
    byFolder.forEach((folder, pages) -> folders.add(Map.of("folder", folder, "pages", pages)));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("count", listed.size());
    c.put("folders", folders);
    return List.of(SitePage.of(path, "Pages", system.name(), r.theme.render("pages", c)));
  }
}
