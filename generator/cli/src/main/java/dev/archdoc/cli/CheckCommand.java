package dev.archdoc.cli;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.safety.GoverningFiles;
import dev.archdoc.core.check.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc check}: runs every drift rule and reports the findings in one format. */
@Command(
    name = "check",
    description = {
      "Runs every drift rule over the project's docs and code, renders and link-checks the site"
          + " without writing it, and reports all findings in one run: the same findings as"
          + " 'archdoc build' for the same tree.",
      "Rule levels can be changed in archdoc.yml (rules: {layer-violation: warning}); warnings and"
          + " infos are printed and do not fail (see --fail-on)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:drift: at least one error (or warning, with --fail-on warning)",
      "2:bad usage, configuration or I/O"
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, github, junit or sarif (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE",
      description = "write the report to FILE (atomically) instead of standard output")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "error, warning or none: the findings that make the exit code 1 (default: ${DEFAULT-VALUE})")
  String failOn = "error";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<CheckResult.FailOn> level = CheckResult.FailOn.byName(failOn);
    if (level.isEmpty()) {
      err.println("archdoc: error: unknown --fail-on '" + failOn + "'; use error, warning or none");
      return CheckResult.BAD_INPUT;
    }
    ReportFormat chosen = ReportFormat.byId(format).orElse(null);
    if (chosen == null) {
      err.println("archdoc: error: unknown --format '" + format + "'; use one of "
          + String.join(", ", ReportFormat.ids()));
      return CheckResult.BAD_INPUT;
    }
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    // the whole pipeline but the write (ADR-24); what the last build or check read and rendered is
    // reused while its inputs did not change (ADR-15)
    CheckResult result = SiteBuild.run(SiteBuild.Request.check(project, List.of())).check();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(chosen.render(result, project));
      out.flush();
    } else {
      chosen.write(result, project, output);
      err.println("archdoc check: " + result.summary() + " -> " + output);
    }
    // a pull request that edits the rules it is judged by is said so, for the reviewer (SECURITY.md)
    GoverningFiles.againstBase(project, System.getenv("GITHUB_BASE_REF"))
        .filter(changed -> !changed.files().isEmpty())
        .ifPresent(changed -> err.println("archdoc: note: " + String.join(" and ", changed.files())
            + " differ" + (changed.files().size() == 1 ? "s" : "") + " from " + changed.base()
            + ": this change edits what archdoc checks; have a code owner review it (see SECURITY.md)"));
    return result.exitCode(level.get());
  }
}
