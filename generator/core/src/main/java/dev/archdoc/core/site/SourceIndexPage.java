package dev.archdoc.core.site;

import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index of a system's literate views: one tree of folders and files, or, for more files than
 * one page should list ({@link #ONE_PAGE}; JabRef's 2,171 made a 292 KB page), a list of folders,
 * each with a page of its own files.
 */
final class SourceIndexPage {

  /** More literate views than this are indexed by folder. */
  static final int ONE_PAGE = 400;

  private SourceIndexPage() {}

  static List<SitePage> pages(Rendering r, SystemModel system, List<SourceFile> files) {
    String path = r.map.sources(system.config());
    String prefix = r.map.section(system.config()) + "source/";
    Map<String, String> sorted = new TreeMap<>();
    for (SourceFile file : files) {
      sorted.put(r.map.source(system.config(), file.path()).substring(prefix.length()), file.path());
    }
    if (sorted.size() <= ONE_PAGE) {
      return List.of(page(r, system, path, prefix, sorted.keySet(), null, List.of()));
    }
    Map<String, List<String>> byFolder = new TreeMap<>();
    for (String view : sorted.keySet()) {
      int slash = view.lastIndexOf('/');
      byFolder.computeIfAbsent(slash < 0 ? "" : view.substring(0, slash), k -> new ArrayList<>()).add(view);
    }
    List<SitePage> pages = new ArrayList<>();
    List<Map<String, Object>> folders = new ArrayList<>();
    byFolder.forEach((folder, views) -> {
      String folderPage = prefix + (folder.isEmpty() ? "" : folder + "/") + "files.html";
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", folder.isEmpty() ? "(top)" : folder);
      item.put("href", SiteMap.relative(path, folderPage));
      item.put("count", views.size());
      folders.add(item);
      List<String> below = views.stream().map(view -> folder.isEmpty() ? view : view.substring(folder.length() + 1)).toList();
      pages.add(page(r, system, folderPage, prefix + (folder.isEmpty() ? "" : folder + "/"), below, folder, List.of()));
    });
    pages.add(0, page(r, system, path, prefix, List.of(), null, folders));
    return pages;
  }

  /** A page listing {@code views} (paths below {@code base}) as a tree, or the {@code folders} of a large index. */
  private static SitePage page(Rendering r, SystemModel system, String path, String base, java.util.Collection<String> views,
      String folder, List<Map<String, Object>> folders) {
    List<Map<String, Object>> entries = new ArrayList<>();
    List<String> openFolders = new ArrayList<>();
    for (String view : views) {
      String[] parts = view.substring(0, view.length() - ".html".length()).split("/");
      int shared = 0;
      while (shared < openFolders.size() && shared < parts.length - 1 && openFolders.get(shared).equals(parts[shared])) {
        shared++;
      }
      openFolders = new ArrayList<>(openFolders.subList(0, shared));
      for (int i = shared; i < parts.length - 1; i++) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", parts[i]);
        entry.put("depth", i);
        entries.add(entry);
        openFolders.add(parts[i]);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", parts[parts.length - 1]);
      entry.put("depth", parts.length - 1);
      entry.put("href", SiteMap.relative(path, base + view));
      entries.add(entry);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("files", entries);
    c.put("folder", folder);
    c.put("indexHref", folder == null ? null : SiteMap.relative(path, r.map.sources(system.config())));
    c.put("folders", folders);
    c.put("hasFolders", !folders.isEmpty());
    String title = folder == null ? "Source files" : "Source files in " + folder;
    return SitePage.of(path, title, system.name(), r.theme.render("sources", c));
  }
}
