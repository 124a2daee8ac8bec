package dev.archdoc.core.docs.page;

import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.safety.ProjectBounds;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Code regions shown in docs, read from the sources as they are now, so a snippet cannot go
 * stale: when the file or tag is gone, that is a {@code snippet-drift} finding at the include.
 *
 * <p>Markdown and AsciiDoc pages share this reading (AsciiDoc's {@code include::} goes through an
 * include processor that calls it), so both formats keep snippets inside the project root and
 * report drift the same way.
 */
public final class Snippets {

  /** Rule id for an included code region or tag that no longer exists. */
  public static final String RULE = dev.archdoc.core.finding.DriftRule.SNIPPET_DRIFT.id();

  /** A snippet's text, or why there is none. */
  public record Snippet(String text, List<Finding> findings) {
    public boolean found() {
      return findings.stream().noneMatch(f -> f.severity() == dev.archdoc.core.finding.Severity.ERROR);
    }
  }

  private final ProjectFiles files;

  public Snippets(ProjectFiles files) {
    this.files = Objects.requireNonNull(files, "files");
  }

  /**
   * Whether each snippet a page includes still exists, without rendering it: for {@code check}.
   */
  public List<Finding> check(Page page) {
    List<Finding> findings = new ArrayList<>();
    for (SnippetInclude include : page.snippets()) {
      findings.addAll(load(include.from(), include.line(), include.target(), include.tags()).findings());
    }
    return findings;
  }

  public Snippet load(Path from, int line, String target, List<String> tags) {
    Optional<Path> source = ProjectFiles.resolve(from, target);
    if (source.isEmpty()) {
      return missing(from, line, "snippet '" + target + "' is refused: it leaves the project root");
    }
    Optional<String> refused = files.refusal(source.get());
    if (refused.isPresent()) {
      return new Snippet("", List.of(Finding.error(ProjectBounds.RULE, from, line,
          "snippet '" + target + "' is refused: it " + refused.get())));
    }
    Optional<String> text = files.read(source.get());
    if (text.isEmpty()) {
      return missing(from, line, "snippet source '" + target + "' not found (" + slashed(source.get()) + ")");
    }
    List<String> lines = text.get().lines().toList();
    if (tags.isEmpty()) {
      return new Snippet(String.join("\n", lines), List.of());
    }
    TaggedRegions.Selection selection = TaggedRegions.select(lines, tags);
    List<Finding> findings = new ArrayList<>();
    for (String tag : selection.missing()) {
      findings.add(Finding.error(RULE, from, line,
          "tag '" + tag + "' not found in " + slashed(source.get()) + " (mark it with // tag::" + tag + "[] ... // end::" + tag + "[])"));
    }
    for (String tag : selection.unclosed()) {
      findings.add(Finding.warning(RULE, from, line,
          "tag '" + tag + "' in " + slashed(source.get()) + " has no end::" + tag + "[]; the snippet runs to the end of the file"));
    }
    return new Snippet(String.join("\n", selection.lines()), findings);
  }

  private static Snippet missing(Path from, int line, String message) {
    return new Snippet("", List.of(Finding.error(RULE, from, line, message)));
  }

  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
