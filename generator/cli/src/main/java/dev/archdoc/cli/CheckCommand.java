package dev.archdoc.cli;

import dev.archdoc.core.build.SiteBuild;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.check.DriftCheck;
import dev.archdoc.core.check.report.ReportFormat;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      "Runs every drift rule over the project's docs and code and reports all findings in one run.",
      "Rule levels can be changed in archdoc.yml (rules: {layer-violation: warning}); warnings are"
          + " printed and do not fail."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:drift: at least one error",
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

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
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
    // the code model the last build or check made is reused while no source or jar changed (ADR-15)
    CheckResult result = DriftCheck.run(
        Pipeline.load(project, Pipeline.Options.DEFAULTS, new CodeCache(SiteBuild.codeCache(project))));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(chosen.render(result, project));
      out.flush();
    } else {
      chosen.write(result, project, output);
      err.println("archdoc check: " + result.summary() + " -> " + output);
    }
    return result.exitCode();
  }
}
