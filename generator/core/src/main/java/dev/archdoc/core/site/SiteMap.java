package dev.archdoc.core.site;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every page of the site lives (see the package doc for the scheme), and how one page links
 * to another. Site paths are {@code /}-separated and relative to the site root; every link the site
 * writes is relative to the page it is on, so the site works from {@code file://} and any sub-path.
 */
final class SiteMap {

  static final String HOME = "index.html";
  static final String DRIFT = "drift.html";
  static final String ASSETS = "_archdoc/";
  static final String SEARCH_INDEX = ASSETS + "search-index.js";

  private final Path docsRoot;
  private final boolean severalSystems;

  /**
   * @param docsRoot the outermost docs folder (project-relative): doc files are published at their
   *     path below it, so relative links between docs keep working
   * @param severalSystems whether each system gets a section folder named after it
   */
  SiteMap(Path docsRoot, boolean severalSystems) {
    this.docsRoot = docsRoot;
    this.severalSystems = severalSystems;
  }

  /** The deepest folder holding every system's docs folder. */
  static Path commonDocsRoot(List<SystemConfig> systems) {
    Path common = systems.get(0).docs().normalize();
    for (SystemConfig system : systems) {
      Path docs = system.docs().normalize();
      while (!common.toString().isEmpty() && !docs.startsWith(common)) {
        common = common.getParent() == null ? Path.of("") : common.getParent();
      }
    }
    return common;
  }

  String section(SystemConfig system) {
    return severalSystems ? system.name() + "/" : "";
  }

  String sectionHome(SystemConfig system) {
    return section(system) + "index.html";
  }

  /** A Markdown/AsciiDoc file of the docs (a page or an ADR), at its place below the docs root. */
  String doc(SystemConfig system, Path file) {
    Path normal = file.normalize();
    if (docsRoot.toString().isEmpty() || normal.startsWith(docsRoot)) {
      Path below = docsRoot.toString().isEmpty() ? normal : docsRoot.relativize(normal);
      return slashes(PageRenderer.htmlPathOf(below));
    }
    // an ADR folder outside the docs (decisions: in archdoc.yml) has no place in the mirror: its
    // ADRs go below decisions/, at their path in that folder (a folder per ADR keeps its folder,
    // as its images do, see asset)
    for (Path folder : system.decisions()) {
      Path decisions = folder.normalize();
      if (normal.startsWith(decisions) && !normal.equals(decisions)) {
        return section(system) + "decisions/" + slashes(PageRenderer.htmlPathOf(decisions.relativize(normal)));
      }
    }
    return section(system) + "decisions/" + slashes(PageRenderer.htmlPathOf(normal.getFileName()));
  }

  /**
   * Where another docs file (an image, ...) is copied, next to the pages that show it: its mirrored
   * place below the docs root, or, in a decisions folder outside the docs, beside that folder's
   * ADR pages; empty for a file in neither.
   */
  java.util.Optional<String> asset(SystemConfig system, Path file) {
    Path normal = file.normalize();
    if (isUnderDocsRoot(normal)) {
      return java.util.Optional.of(slashes(docsRoot.toString().isEmpty() ? normal : docsRoot.relativize(normal)));
    }
    for (Path folder : system.decisions()) {
      Path decisions = folder.normalize();
      if (normal.startsWith(decisions)) {
        return java.util.Optional.of(section(system) + "decisions/" + slashes(decisions.relativize(normal)));
      }
    }
    return java.util.Optional.empty();
  }

  boolean isUnderDocsRoot(Path file) {
    return docsRoot.toString().isEmpty() || file.normalize().startsWith(docsRoot);
  }

  String decisions(SystemConfig system) {
    return section(system) + "decisions/index.html";
  }

  String timeline(SystemConfig system) {
    return section(system) + "decisions/timeline.html";
  }

  String decisionGraph(SystemConfig system) {
    return section(system) + "decisions/graph.html";
  }

  String code(SystemConfig system) {
    return section(system) + "code/index.html";
  }

  String sources(SystemConfig system) {
    return section(system) + "source/index.html";
  }

  String tours(SystemConfig system) {
    return section(system) + "tours/index.html";
  }

  /** A tour's overview: where its file is mirrored, so the links its notes make keep working. */
  String tour(SystemConfig system, Path tourFile) {
    return doc(system, tourFile);
  }

  /** A step of a tour: beside the overview, in the same folder as the tour file's mirror. */
  String tourStep(SystemConfig system, Path tourFile, int number) {
    String overview = tour(system, tourFile);
    return overview.substring(0, overview.length() - ".html".length()) + "-step-" + number + ".html";
  }

  /** Every written page of a system, when there are too many for the sidebar (see {@link Layout}). */
  String pagesIndex(SystemConfig system) {
    return section(system) + "pages.html";
  }

  String diagrams(SystemConfig system) {
    return section(system) + "diagrams.html";
  }

  String packagePage(SystemConfig system, String packageName) {
    return section(system) + "code/" + packageName + "/index.html";
  }

  String typePage(SystemConfig system, CodeType type) {
    String nested = type.packageName().isEmpty()
        ? type.qualifiedName()
        : type.qualifiedName().substring(type.packageName().length() + 1);
    String folder = type.packageName().isEmpty() ? "(default)" : type.packageName();
    return section(system) + "code/" + folder + "/" + nested + ".html";
  }

  /** The literate view of a source file, mirroring its path below its source root. */
  String source(SystemConfig system, String sourcePath) {
    Path path = Path.of(sourcePath);
    for (Path root : system.sources()) {
      if (!root.toString().isEmpty() && path.startsWith(root)) {
        path = root.relativize(path);
        break;
      }
    }
    return section(system) + "source/" + slashes(path) + ".html";
  }

  /** The page and anchor of a code element: its package or type page, a member's anchor there. */
  String element(SystemConfig system, CodeElement element, java.util.function.Function<String, CodeType> types) {
    if (element instanceof CodePackage pkg) {
      return packagePage(system, pkg.name());
    }
    if (element instanceof CodeType type) {
      return typePage(system, type);
    }
    CodeMember member = (CodeMember) element;
    CodeType owner = types.apply(member.declaringType());
    return owner == null ? null : typePage(system, owner) + "#" + memberAnchor(member.id());
  }

  /** An id for a member's place on its type page: the part after {@code #}, in id-safe letters. */
  static String memberAnchor(String memberId) {
    String name = memberId.substring(memberId.indexOf('#') + 1);
    StringBuilder anchor = new StringBuilder("m-");
    for (char c : name.toCharArray()) {
      anchor.append(Character.isLetterOrDigit(c) || c == '.' || c == '_' ? c : '-');
    }
    return anchor.toString();
  }

  /** A member's place in its type's entry on the package page, for a type shown there in full. */
  static String memberAnchorOnPackagePage(CodeType type, String memberId) {
    return typeAnchor(type) + "." + memberAnchor(memberId);
  }

  /** A type's entry on its package page: {@code t-} and its name within the package. */
  static String typeAnchor(CodeType type) {
    String nested = type.packageName().isEmpty()
        ? type.qualifiedName()
        : type.qualifiedName().substring(type.packageName().length() + 1);
    return "t-" + nested;
  }

  static String lineAnchor(int line) {
    return "L" + line;
  }

  /**
   * A link from one site page to another site path, which may carry a {@code #fragment} after its
   * {@code .html}. A site path mirrors a file name, so it may hold {@code #}, {@code ?}, {@code %}
   * or spaces ({@code 0024-use-#-as-indicator.html}): only a {@code #} right after {@code .html}
   * starts a fragment (the generated anchors, {@code L12}, {@code m-step}, never hold one), and the
   * path is percent-encoded where a URL needs it.
   */
  static String relative(String fromPage, String to) {
    String fragment = "";
    int hash = to.lastIndexOf(".html#");
    if (hash >= 0) {
      fragment = to.substring(hash + ".html".length());
      to = to.substring(0, hash + ".html".length());
    }
    List<String> from = folders(fromPage);
    List<String> target = new ArrayList<>(List.of(to.split("/")));
    int common = 0;
    while (common < from.size() && common < target.size() - 1 && from.get(common).equals(target.get(common))) {
      common++;
    }
    StringBuilder link = new StringBuilder();
    for (int i = common; i < from.size(); i++) {
      link.append("../");
    }
    String rest = encodePath(String.join("/", target.subList(common, target.size())));
    if (link.isEmpty() && rest.indexOf(':') >= 0 && rest.indexOf(':') < (rest + "/").indexOf('/')) {
      // a file named javascript:x.md must stay a path, not become a URL scheme (SECURITY.md)
      link.append("./");
    }
    link.append(rest);
    return link + fragment;
  }

  /**
   * A relative path as a URL path: characters a URL path cannot hold ({@code #}, {@code ?},
   * {@code %}, spaces) percent-encoded by {@link URI}, letters of any script kept.
   */
  static String encodePath(String path) {
    if (path.isEmpty()) {
      return path;
    }
    try {
      // "./" keeps a colon in the first segment from reading as a scheme, here and in the browser
      String encoded = new URI(null, null, "./" + path, null).getRawPath();
      String first = path.split("/", 2)[0];
      return first.contains(":") ? encoded : encoded.substring(2);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a site path that no URL can hold: " + path, e);
    }
  }

  /** The prefix that leads from a page back to the site root: {@code ""}, {@code "../"}, ... */
  static String rootOf(String page) {
    return "../".repeat(folders(page).size());
  }

  private static List<String> folders(String page) {
    List<String> parts = new ArrayList<>(List.of(page.split("/")));
    parts.remove(parts.size() - 1);
    return parts;
  }

  static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
