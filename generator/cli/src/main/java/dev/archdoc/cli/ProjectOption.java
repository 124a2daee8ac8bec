package dev.archdoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --project DIR}, shared by every command, and the one check that it names a folder. */
final class ProjectOption {

  @Option(names = "--project", paramLabel = "DIR", description = "the project root (default: ${DEFAULT-VALUE})")
  Path project = Path.of(".");

  /** The project folder; empty, after telling the user why on {@code err}, when it is not one. */
  Optional<Path> folder(PrintWriter err) {
    if (Files.isRegularFile(project)) {
      err.println(project + ": error: is a file, not the project folder (pass --project DIR)");
      return Optional.empty();
    }
    if (!Files.isDirectory(project)) {
      err.println(project + ": error: the project folder does not exist (pass --project DIR)");
      return Optional.empty();
    }
    return Optional.of(project);
  }
}
