package dev.archdoc.core.check;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.link.CodeLink;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code stale-reference}: a doc names a code element whose signature changed since the last
 * {@code archdoc accept}, so what the doc says about it may no longer hold.
 *
 * <p>Reported at every place a doc names the element, with the old and the new signature, so the
 * reviewer knows what to re-read; references not in the lock yet (written since) are counted in
 * one hint, not reported one by one: they are new, not stale.
 */
@dev.archdoc.annotations.Decision("ADR-8")
final class StaleReferences {

  private static final String RULE = DriftRule.STALE_REFERENCE.id();

  private StaleReferences() {}

  static List<Finding> check(ProjectModel project, Optional<ReferenceLock> accepted) {
    if (accepted.isEmpty()) {
      return List.of();
    }
    ReferenceLock now = ReferenceLock.of(project);
    List<Finding> findings = new ArrayList<>();
    int unaccepted = 0;
    for (SystemModel system : project.systems()) {
      String key = ReferenceLock.keyOf(project, system);
      for (CodeLink link : system.links().codeLinks()) {
        Optional<ReferenceLock.Entry> current = now.entry(key, link.target());
        if (current.isEmpty()) {
          continue; // unresolved or a package: other rules speak about it
        }
        Optional<ReferenceLock.Entry> before = accepted.get().entry(key, link.target());
        if (before.isEmpty()) {
          unaccepted++;
        } else if (!same(before.get(), current.get())) {
          findings.add(Finding.error(RULE, link.file(), link.line(), message(link, before.get(), current.get())));
        }
      }
    }
    if (unaccepted > 0) {
      findings.add(new Finding(RULE, Severity.INFO, Path.of(ReferenceLock.FILE_NAME), 0, unaccepted
          + (unaccepted == 1 ? " reference is" : " references are") + " not in " + ReferenceLock.FILE_NAME
          + " yet; run 'archdoc accept' once the docs hold, so later changes to them are seen"));
    }
    return findings;
  }

  /**
   * Whether an accepted reference still holds. Names are compared without their packages: the
   * same code read with a class path ({@code mvn archdoc:check}) and without one (the command line
   * with no {@code classpath:}) writes a supertype from a library as
   * {@code org.asciidoctor.extension.Treeprocessor} or as {@code Treeprocessor}, and neither is a
   * change of the code. A type moved to another package under the same name is not seen; the
   * element's own id still is.
   */
  static boolean same(ReferenceLock.Entry before, ReferenceLock.Entry now) {
    return before.equals(now)
        || unqualified(before.element()).equals(unqualified(now.element()))
            && unqualified(before.signature()).equals(unqualified(now.signature()));
  }

  /** A package qualifier: lower-case segments, each followed by a dot, before a type's name. */
  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("(?<![\\w$.])(?:[a-z_][\\w$]*\\.)+(?=[A-Z_$])");

  static String unqualified(String text) {
    return text == null ? "" : PACKAGE.matcher(text).replaceAll("");
  }

  private static String message(CodeLink link, ReferenceLock.Entry before, ReferenceLock.Entry now) {
    String what = before.element().equals(now.element())
        ? "the signature of '" + now.element() + "' changed since the last 'archdoc accept'"
        : "'" + link.target() + "' named '" + before.element() + "' at the last 'archdoc accept' and now"
            + " names '" + now.element() + "'";
    return what + ": was `" + before.signature() + "`, now `" + now.signature() + "`; re-read "
        + slashed(link.file()) + " where it is named, fix what no longer holds, then run 'archdoc accept'";
  }

  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
