package dev.archdoc.cli;

import dev.archdoc.core.affected.Affected;
import dev.archdoc.core.affected.AffectedFormat;
import dev.archdoc.core.affected.GitChanges;
import dev.archdoc.core.io.AtomicFiles;
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

/** {@code archdoc affected --since REV}: the docs a change concerns, and why (ADR-32). */
@Command(
    name = "affected",
    description = {
      "Lists the docs a change concerns: the decisions that govern code changed since REV (by"
          + " governs: or @Decision), the pages, tours, ADRs and diagrams that reference it, and the docs"
          + " the change edits, each with why ('ADR-4 governs com.acme.Balances, changed in"
          + " src/main/java/com/acme/Balances.java:40-52').",
      "The change is everything between the merge base of REV and HEAD, and the work tree as it is"
          + " (committed or not; ignored files never count). It informs a review and always exits 0"
          + " when it could answer: 'archdoc check' is the gate."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered, whatever it found", "2:bad usage, no git repository, unknown revision, configuration or I/O"})
@dev.archdoc.annotations.Decision("ADR-32")
final class AffectedCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--since", required = true, paramLabel = "REV",
      description = "the branch, tag or commit the change is measured from, e.g. origin/main")
  String since;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, github or markdown (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE", description = "write the answer to FILE (atomically) instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<AffectedFormat> chosen = AffectedFormat.byId(format);
    if (chosen.isEmpty()) {
      err.println("archdoc affected: error: unknown --format '" + format + "'; use one of "
          + String.join(", ", AffectedFormat.ids()));
      return ArchdocCommand.BAD_INPUT;
    }
    Optional<Path> folder = projectOption.folder(err);
    if (folder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    GitChanges.Changes changes;
    try {
      changes = GitChanges.since(folder.get(), since);
    } catch (GitChanges.Unreadable e) {
      err.println("archdoc affected: error: " + e.getMessage());
      return ArchdocCommand.BAD_INPUT;
    }
    Optional<ProjectModel> project = projectOption.load(err);
    if (project.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Affected.Report report = Affected.of(project.get(), changes, since);
    String text = chosen.get().render(report);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      AtomicFiles.writeString(output.toAbsolutePath(), text);
      err.println("archdoc affected: " + AffectedFormat.summary(report) + " -> " + output);
    }
    return ArchdocCommand.OK;
  }
}
