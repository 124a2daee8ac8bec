package dev.archdoc.cli;

import dev.archdoc.core.check.ReferenceLock;
import dev.archdoc.core.pipeline.ProjectModel;
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

/** {@code archdoc accept}: records the signatures of the code the docs reference in archdoc.lock. */
@Command(
    name = "accept",
    description = {
      "Records the current signature of every code element the docs reference in archdoc.lock at"
          + " the project root, after a reviewer confirmed the docs still hold. Commit the file:"
          + " 'archdoc check' then reports each reference whose element changed since (stale-reference)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:archdoc.lock written", "2:bad usage, configuration or I/O"})
final class AcceptCommand implements Callable<Integer> {

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
    ReferenceLock lock = ReferenceLock.of(project.get());
    lock.write(root);
    err.println("archdoc accept: recorded " + lock.size() + " references in " + root.resolve(ReferenceLock.FILE_NAME));
    return ArchdocCommand.OK;
  }
}
