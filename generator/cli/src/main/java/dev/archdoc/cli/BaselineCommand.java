package dev.archdoc.cli;

import dev.archdoc.core.check.LayerBaseline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code archdoc baseline}: records today's layer violations in archdoc.baseline (ADR-19). */
@Command(
    name = "baseline",
    description = {
      "Records every layer violation the code has now (those no layer exception allows) in"
          + " archdoc.baseline at the project root, one 'from.Type -> to.Type' a line. Commit the file:"
          + " 'archdoc check' then fails only on new layer violations, and warns at each line whose"
          + " violation is gone. Run it once, to adopt the gate on a code base with known violations;"
          + " afterwards delete the lines of the violations you fix."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:archdoc.baseline written", "2:bad usage, configuration or I/O"})
@dev.archdoc.annotations.Decision("ADR-19")
final class BaselineCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ProjectModel> project = projectOption.load(err);
    if (project.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path root = project.get().root();
    LayerBaseline baseline = LayerBaseline.of(project.get());
    baseline.write(root);
    err.println("archdoc baseline: recorded " + baseline.size() + " known layer violation"
        + (baseline.size() == 1 ? "" : "s") + " in " + root.resolve(LayerBaseline.FILE_NAME));
    return ArchdocCommand.OK;
  }
}
