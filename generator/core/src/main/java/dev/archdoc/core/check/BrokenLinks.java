package dev.archdoc.core.check;

import dev.archdoc.core.docs.page.DocLink;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DidYouMean;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rule {@code broken-link}, on the sources: a link between docs (a relative file, or an anchor in
 * a page) points nowhere. Anchors are looked up in the pages of every system, since a page may
 * link to another system's page; an anchor into a file archdoc does not read as a page (a source
 * file, an image) is not judged.
 *
 * <p>A diagram that fails to render is a broken link too, but finding out means rendering it, and
 * {@code check} renders nothing: {@code archdoc build} reports those (ADR-11).
 */
@dev.archdoc.annotations.Decision("ADR-11")
final class BrokenLinks {

  private static final String RULE = DriftRule.BROKEN_LINK.id();

  private BrokenLinks() {}

  static List<Finding> check(ProjectModel project, ProjectFiles files) {
    Map<Path, Page> pages = new HashMap<>();
    Map<Path, String> adrTitles = new HashMap<>();
    for (SystemModel system : project.systems()) {
      system.docs().allPages().forEach(page -> pages.putIfAbsent(page.file().normalize(), page));
      system.docs().decisions().adrs().forEach(adr -> adrTitles.putIfAbsent(adr.file().normalize(), adr.title()));
    }
    List<Finding> findings = new ArrayList<>();
    for (Page page : pages.values()) {
      for (DocLink link : page.docLinks()) {
        if (isPlaceholder(link.target())) {
          continue;
        }
        Path target = link.to().normalize();
        Path absolute = files.root().resolve(target);
        if (!Files.exists(absolute)) {
          findings.add(Finding.error(RULE, link.from(), link.line(), "link '" + link.target() + "' points to "
              + slashed(target) + ", which does not exist" + siblingHint(absolute)
              + "; fix the path or remove the link"));
          continue;
        }
        Page linked = pages.get(target);
        if (link.anchor() != null && !link.anchor().isEmpty() && linked != null
            && !linked.anchors().contains(link.anchor())
            && !link.anchor().equals(adrTitles.containsKey(target) ? slug(adrTitles.get(target)) : null)) {
          findings.add(Finding.error(RULE, link.from(), link.line(), "link '" + link.target() + "' points to"
              + " anchor '#" + link.anchor() + "', which " + slashed(target) + " does not have"
              + DidYouMean.hint(link.anchor(), linked.anchors())
              + "; headings make anchors, and renaming one breaks the links to it"));
        }
      }
    }
    return findings;
  }

  /**
   * Whether a link target is a template's placeholder, to be filled when the template is used:
   * adr-j's example templates link {@code {{{superseded.file}}}}, Jekyll's {@code {% link x.md %}}.
   * It names no file yet, so there is nothing to check.
   */
  static boolean isPlaceholder(String target) {
    return target.contains("{{") || target.contains("{%");
  }

  /** A "did you mean" among the files next to a missing one: renamed files keep most of a name. */
  private static String siblingHint(Path missing) {
    Path folder = missing.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> siblings = Files.list(folder)) {
      List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
      return DidYouMean.hint(missing.getFileName().toString(), names);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The anchor GitHub gives a heading: an ADR's title is read apart from its body, so its anchor
   * is made here. Lower case, punctuation dropped, spaces as hyphens.
   */
  static String slug(String heading) {
    return heading.strip().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
