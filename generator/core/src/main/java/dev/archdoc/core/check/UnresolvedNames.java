package dev.archdoc.core.check;

import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds the doclet's "cannot find symbol" and "package does not exist" errors of one system into
 * one warning: they mean the class path lacks a library, not that the docs drifted, and the
 * doclet still read every source. Hundreds of them would bury the findings that matter; one
 * warning names the missing names and the fix (ADR-11). Other code-model errors (syntax errors,
 * unreadable files) stay errors.
 */
@dev.archdoc.annotations.Decision("ADR-11")
final class UnresolvedNames {

  private static final int NAMED = 5;

  private UnresolvedNames() {}

  static List<Finding> fold(SystemModel system, Path configFile, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    int count = 0;
    for (Finding finding : findings) {
      if (finding.kind() == FindingKind.MISSING_FROM_CLASS_PATH) {
        count++;
        finding.fact(Fact.SYMBOL).ifPresent(missing::add);
      } else {
        kept.add(finding);
      }
    }
    if (count > 0) {
      List<String> names = missing.stream().limit(NAMED).toList();
      String named = names.isEmpty() ? "" : " (" + String.join(", ", names) + (missing.size() > NAMED ? ", ..." : "") + ")";
      kept.add(new Finding(Pipeline.CODE_MODEL_RULE, Severity.WARNING, configFile, 0, "system '" + system.name()
          + "': " + count + (count == 1 ? " name" : " names") + " in the sources could not be resolved" + named
          + ", so uses of them are not checked; add the jars that define them to `classpath:` in archdoc.yml, or"
          + " run the check through the Maven plugin, which passes the project's class path")
          .with(Fact.SYSTEM, system.name()));
    }
    return kept;
  }
}
