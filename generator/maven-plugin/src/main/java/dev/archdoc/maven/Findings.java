package dev.archdoc.maven;

import dev.archdoc.core.finding.Finding;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Logs findings at the level of their severity, in compiler style. */
final class Findings {

  private Findings() {}

  static void log(List<Finding> findings, Log log) {
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case ERROR -> log.error(finding.toString());
        case WARNING -> log.warn(finding.toString());
        case INFO -> log.info(finding.toString());
      }
    }
  }
}
