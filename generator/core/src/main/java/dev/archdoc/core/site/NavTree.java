package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pages people wrote for a system, as the sidebar shows them: a tree read from the front matter
 * teams already write for Jekyll's just-the-docs, and from folders where they wrote none.
 *
 * <ul>
 *   <li>{@code parent: Title} puts a page under the page of that title ({@code grand_parent:} picks
 *       among pages of the same title by their own parent); a parent that no page has, or a chain of
 *       parents that loops, is ignored.
 *   <li>A page without one goes under its folder's {@code index}/{@code README} page, or, in a folder
 *       that has none, under a node named after the folder (it links to its first page); a folder's
 *       index goes under the index of the folder above.
 *   <li>Siblings are ordered as just-the-docs orders them: by {@code nav_order} (numbers, lowest
 *       first), then the rest by title; {@code nav_exclude: true} leaves a page out of the tree.
 * </ul>
 *
 * <p>On each page the sidebar shows the top level, and the children of the shown page and of each
 * page above it (the current branch open, every other folder closed), at most {@link
 * #SHOWN_SIBLINGS} of one level: its size grows with the depth of the tree, not with its pages.
 */
@Decision(value = "ADR-26", note = "the sidebar follows just-the-docs parent/nav_order, then folders; only the current branch open")
final class NavTree {

  /** How many pages of one level the sidebar shows at most, around the current one. */
  static final int SHOWN_SIBLINGS = 40;

  /** One entry of the tree: a written page, or a folder that has no index page (path null). */
  private static final class Node {
    final String title;
    final String path;
    final String folder;
    final boolean folderIndex;
    final Double navOrder;
    final String parentTitle;
    final String grandParentTitle;
    final List<Node> children = new ArrayList<>();
    Node parent;

    Node(String title, String path, String folder, boolean folderIndex, Double navOrder, String parentTitle,
        String grandParentTitle) {
      this.title = title;
      this.path = path;
      this.folder = folder;
      this.folderIndex = folderIndex;
      this.navOrder = navOrder;
      this.parentTitle = parentTitle;
      this.grandParentTitle = grandParentTitle;
    }

    /** Where a click leads: the page, or a folder's first page. */
    String href() {
      if (path != null) {
        return path;
      }
      for (Node child : children) {
        String href = child.href();
        if (href != null) {
          return href;
        }
      }
      return null;
    }
  }

  /** One line of a sidebar: a link, its depth in the tree, whether it has children and shows them. */
  record Line(String title, String path, int depth, boolean current, boolean branch, boolean open) {}

  private static final Comparator<Node> ORDER = Comparator
      .comparing((Node n) -> n.navOrder == null)
      .thenComparing(n -> n.navOrder == null ? 0.0 : n.navOrder)
      .thenComparing(n -> n.title, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(n -> n.path == null ? "" : n.path);

  private final List<Node> top = new ArrayList<>();
  private final Map<String, Node> byPath = new HashMap<>();
  private final String pagesIndex;
  private final int size;

  /**
   * @param root the folder of the system's docs on the site ({@code ""}, or {@code a/} for a system
   *     whose docs are {@code arch-docs/a} beside another's)
   * @param pagesIndex the page listing every written page, linked when a level is cut; may be null
   */
  private NavTree(List<Node> pages, String root, String pagesIndex) {
    this.pagesIndex = pagesIndex;
    this.size = pages.size();
    Map<String, List<Node>> byTitle = new HashMap<>();
    Map<String, Node> indexOfFolder = new HashMap<>();
    for (Node page : pages) {
      byTitle.computeIfAbsent(page.title, t -> new ArrayList<>()).add(page);
      if (page.folderIndex) {
        indexOfFolder.putIfAbsent(page.folder, page);
      }
      byPath.putIfAbsent(page.path, page);
    }
    for (Node page : pages) {
      page.parent = byParentTitle(page, byTitle);
    }
    for (Node page : pages) {
      if (page.parent != null && loops(page)) {
        page.parent = null;
      }
    }
    Map<String, Node> folderNodes = new LinkedHashMap<>();
    for (Node page : pages) {
      if (page.parent == null) {
        page.parent = byFolder(page.folderIndex ? up(page.folder) : page.folder, page, root, indexOfFolder, folderNodes);
      }
    }
    List<Node> all = new ArrayList<>(pages);
    all.addAll(folderNodes.values());
    for (Node node : all) {
      (node.parent == null ? top : node.parent.children).add(node);
    }
    top.sort(ORDER);
    all.forEach(node -> node.children.sort(ORDER));
  }

  /** The tree of a system's written pages: those its sidebar lists (see {@link PagesIndex#listed}). */
  static NavTree of(SiteMap map, SystemModel system, String pagesIndex) {
    List<Node> nodes = new ArrayList<>();
    // the folder of the system's docs on the site: folders above it make no node
    String root = folderOf(map.doc(system.config(), system.config().docs().resolve("index.md")));
    for (Page page : PagesIndex.listedPages(map, system)) {
      if (isTrue(page.metadata().get("nav_exclude"))) {
        continue;
      }
      String path = map.doc(system.config(), page.file());
      String name = page.file().getFileName().toString().toLowerCase(Locale.ROOT);
      boolean index = name.startsWith("index.") || name.startsWith("readme.");
      nodes.add(new Node(page.title(), path, folderOf(path), index, number(page.metadata().get("nav_order")),
          text(page.metadata().get("parent")), text(page.metadata().get("grand_parent"))));
    }
    return new NavTree(nodes, root, pagesIndex);
  }

  int size() {
    return size;
  }

  /** The lines of the sidebar on the page at {@code current}: the top level, and the open branch. */
  List<Line> lines(String current) {
    Set<Node> open = new HashSet<>();
    for (Node node = byPath.get(current); node != null; node = node.parent) {
      open.add(node);
    }
    List<Line> lines = new ArrayList<>();
    add(top, 0, current, open, lines);
    return lines;
  }

  private void add(List<Node> level, int depth, String current, Set<Node> open, List<Line> lines) {
    int from = 0;
    int to = level.size();
    if (level.size() > SHOWN_SIBLINGS) {
      int at = 0;
      for (int i = 0; i < level.size(); i++) {
        if (open.contains(level.get(i))) {
          at = i;
        }
      }
      from = Math.max(0, Math.min(at - SHOWN_SIBLINGS / 2, level.size() - SHOWN_SIBLINGS));
      to = from + SHOWN_SIBLINGS;
    }
    for (Node node : level.subList(from, to)) {
      String href = node.href();
      if (href == null) {
        continue;
      }
      boolean isOpen = open.contains(node) && !node.children.isEmpty();
      lines.add(new Line(node.title, href, depth, current.equals(node.path), !node.children.isEmpty(), isOpen));
      if (isOpen) {
        add(node.children, depth + 1, current, open, lines);
      }
    }
    if ((from > 0 || to < level.size()) && pagesIndex != null) {
      lines.add(new Line((level.size() - SHOWN_SIBLINGS) + " more: all pages", pagesIndex, depth, false, false, false));
    }
  }

  /** The page a {@code parent:} names, or null: by title, then by {@code grand_parent:}, then the nearest folder. */
  private static Node byParentTitle(Node page, Map<String, List<Node>> byTitle) {
    if (page.parentTitle == null) {
      return null;
    }
    List<Node> named = new ArrayList<>(byTitle.getOrDefault(page.parentTitle, List.of()));
    named.remove(page);
    if (page.grandParentTitle != null && named.size() > 1) {
      List<Node> narrowed = named.stream().filter(n -> page.grandParentTitle.equals(n.parentTitle)).toList();
      named = narrowed.isEmpty() ? named : new ArrayList<>(narrowed);
    }
    Node best = null;
    for (Node candidate : named) {
      if (best == null || (page.folder.startsWith(candidate.folder) && candidate.folder.length() > best.folder.length())) {
        best = candidate;
      }
    }
    return best;
  }

  /** Whether following the parents from {@code page} comes back to it. */
  private static boolean loops(Node page) {
    Set<Node> seen = new HashSet<>();
    for (Node node = page.parent; node != null; node = node.parent) {
      if (node == page || !seen.add(node)) {
        return true;
      }
    }
    return false;
  }

  /** The parent a page gets from its folders: the nearest folder index, or a node for its own folder. */
  private static Node byFolder(String folder, Node page, String root, Map<String, Node> indexOfFolder,
      Map<String, Node> folderNodes) {
    if (folder.equals(root) || !folder.startsWith(root)) {
      return null;
    }
    Node index = indexOfFolder.get(folder);
    if (index != null && index != page) {
      return index;
    }
    Node node = folderNodes.get(folder);
    if (node == null) {
      node = new Node(folderTitle(folder), null, folder, true, null, null, null);
      folderNodes.put(folder, node);
      node.parent = byFolder(up(folder), node, root, indexOfFolder, folderNodes);
    }
    return node;
  }

  /** {@code a/b/} → {@code a/}; {@code a/} → {@code ""}. */
  private static String up(String folder) {
    if (folder.isEmpty()) {
      return folder;
    }
    String trimmed = folder.substring(0, folder.length() - 1);
    return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
  }

  private static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** {@code getting-into-the-code/} → {@code Getting into the code}. */
  static String folderTitle(String folder) {
    String name = up(folder).isEmpty() ? folder.substring(0, folder.length() - 1)
        : folder.substring(up(folder).length(), folder.length() - 1);
    String words = name.replace('-', ' ').replace('_', ' ').strip();
    return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value == null || value instanceof Map || value instanceof List ? null : value.toString().strip();
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value).strip());
  }
}
