package dev.archdoc.core.site;

import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tree of a system's literate views, folders first-seen, files sorted as the source tree. */
final class SourceIndexPage {

  private SourceIndexPage() {}

  static SitePage page(Rendering r, SystemModel system, List<SourceFile> files) {
    String path = r.map.sources(system.config());
    String prefix = r.map.section(system.config()) + "source/";
    Map<String, String> sorted = new TreeMap<>();
    for (SourceFile file : files) {
      sorted.put(r.map.source(system.config(), file.path()).substring(prefix.length()), file.path());
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    List<String> openFolders = new ArrayList<>();
    for (String view : sorted.keySet()) {
      String[] parts = view.substring(0, view.length() - ".html".length()).split("/");
      int shared = 0;
      while (shared < openFolders.size() && shared < parts.length - 1 && openFolders.get(shared).equals(parts[shared])) {
        shared++;
      }
      openFolders = new ArrayList<>(openFolders.subList(0, shared));
      for (int i = shared; i < parts.length - 1; i++) {
        Map<String, Object> folder = new LinkedHashMap<>();
        folder.put("name", parts[i]);
        folder.put("depth", i);
        entries.add(folder);
        openFolders.add(parts[i]);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", parts[parts.length - 1]);
      entry.put("depth", parts.length - 1);
      entry.put("href", SiteMap.relative(path, prefix + view));
      entries.add(entry);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("files", entries);
    return SitePage.of(path, "Source files", system.name(), r.theme.render("sources", c));
  }
}
