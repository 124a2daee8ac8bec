package dev.archdoc.cli;

import dev.archdoc.core.config.ProjectLocator;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --project DIR}, shared by every command, and the one check that it names a folder. Without
 * it, the project is the one the current folder belongs to (the nearest {@code archdoc.yml}
 * upwards, else the top of the build), found as the Maven plugin finds it, so a command run from a
 * module or a docs folder works on the whole project.
 */
final class ProjectOption {

  @Option(names = "--project", paramLabel = "DIR", description = "the project root (default: the folder of the"
      + " nearest archdoc.yml from the current folder upwards, else the top of the build)")
  Path project;

  /** The project folder; empty, after telling the user why on {@code err}, when it is not one. */
  Optional<Path> folder(PrintWriter err) {
    return folder(err, Path.of(""));
  }

  /** As {@link #folder(PrintWriter)}, with {@code workingFolder} as the current folder. */
  Optional<Path> folder(PrintWriter err, Path workingFolder) {
    if (project == null) {
      return Optional.of(ProjectLocator.find(workingFolder));
    }
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

  /**
   * The project read and linked (code, docs, links; no check), for the commands that record what
   * it is now ({@code accept}, {@code baseline}); empty, after printing why on {@code err}, when
   * the folder or its archdoc.yml cannot be used.
   */
  Optional<ProjectModel> load(PrintWriter err) {
    Optional<Path> folder = folder(err);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Loaded loaded = Pipeline.load(folder.get(), Pipeline.Options.DEFAULTS);
    loaded.configProblems().forEach(err::println);
    return loaded.project();
  }
}
