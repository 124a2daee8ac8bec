package dev.archdoc.doclet;

import dev.archdoc.doclet.source.NestingDepth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Lists the {@code .java} files under the source roots, reporting roots that are not there. */
final class SourceFinder {

  private SourceFinder() {}

  static List<Path> find(Path projectRoot, List<Path> sourceRoots, List<Problem> problems) {
    return find(projectRoot, sourceRoots, problems, file -> true);
  }

  /**
   * As {@link #find(Path, List, List)}, reading only the files {@code inspect} names for the
   * size and nesting limits (a re-read knows the others' outcome from the last read).
   */
  static List<Path> find(Path projectRoot, List<Path> sourceRoots, List<Problem> problems, Predicate<Path> inspect) {
    List<Path> files = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        problems.add(
            new Problem(
                Problem.Severity.ERROR, shown(projectRoot, root), 0,
                "source root does not exist or is not a folder",
                "fix `sources:` in archdoc.yml (or the --source option) to name a folder of .java files",
                Problem.Kind.SOURCE_ROOT_UNUSABLE));
        continue;
      }
      Optional<String> rootRefused = refusal(projectRoot, root);
      if (rootRefused.isPresent()) {
        problems.add(outside(projectRoot, root, rootRefused.get()));
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java") && (Files.isRegularFile(p) || Files.isSymbolicLink(p)))
            .map(p -> p.toAbsolutePath().normalize())
            .sorted()
            .forEach(
                p -> {
                  Optional<String> refused = refusal(projectRoot, p);
                  if (refused.isPresent()) {
                    problems.add(outside(projectRoot, p, refused.get()));
                  } else if (!Files.isRegularFile(p)) {
                    return;
                  } else if (inspect.test(p) && tooLarge(p)) {
                    problems.add(
                        new Problem(
                            Problem.Severity.ERROR, shown(projectRoot, p), 0,
                            "is larger than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MiB; it is left out of the model",
                            "split it, or exclude generated sources from `sources:`", Problem.Kind.SOURCE_OVER_LIMIT));
                  } else if (inspect.test(p) && tooDeep(p)) {
                    problems.add(
                        new Problem(
                            Problem.Severity.ERROR, shown(projectRoot, p), 0,
                            "is nested too deeply to read (brackets more than " + NestingDepth.LIMIT
                                + " levels inside each other); it is left out of the model",
                            "simplify the expression, or exclude generated sources from `sources:`",
                            Problem.Kind.SOURCE_OVER_LIMIT));
                  } else if (p.getFileName().toString().equals("module-info.java")) {
                    problems.add(
                        new Problem(
                            Problem.Severity.INFO, shown(projectRoot, p), 1,
                            "module-info.java is not read: archdoc reads sources on the class path, so the module declaration is not part of the model",
                            "nothing to fix; if the module requires libraries, put their jars on `classpath:` so its types resolve",
                            Problem.Kind.MODULE_INFO_SKIPPED));
                  } else if (!files.contains(p)) {
                    files.add(p);
                  }
                });
      } catch (IOException | UncheckedIOException e) {
        problems.add(
            new Problem(
                Problem.Severity.ERROR, shown(projectRoot, root), 0,
                "cannot list the source root: " + e.getMessage(),
                "check that the folder is readable", Problem.Kind.SOURCE_ROOT_UNUSABLE));
      }
    }
    if (files.isEmpty() && problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      problems.add(
          new Problem(
              Problem.Severity.ERROR, sourceRoots.isEmpty() ? "." : shown(projectRoot, sourceRoots.get(0)), 0,
              "no Java source files found in " + sourceRoots.stream().map(r -> shown(projectRoot, r)).toList(),
              "point `sources:` in archdoc.yml (or --source) at the folders that hold your .java files",
              Problem.Kind.NO_SOURCE_FILES));
    }
    return files;
  }

  /** The largest source file read; the same limit archdoc puts on the docs. */
  static final long MAX_SOURCE_BYTES = 4L * 1024 * 1024;

  private static boolean tooDeep(Path file) {
    try {
      // brackets are ASCII: any encoding of the file reads them the same
      return NestingDepth.of(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
          > NestingDepth.LIMIT;
    } catch (IOException e) {
      return false; // javadoc reports what it cannot read
    }
  }

  private static boolean tooLarge(Path file) {
    try {
      return Files.size(file) > MAX_SOURCE_BYTES;
    } catch (IOException e) {
      return false; // javadoc reports what it cannot read
    }
  }

  /**
   * Why a source file or root may not be read: once symbolic links are followed it lies outside
   * the project, or in its {@code .git/}. A pull request could otherwise link a file of the CI
   * machine into the sources and have javadoc quote it in its errors.
   */
  static Optional<String> refusal(Path projectRoot, Path path) {
    try {
      Path realRoot = projectRoot.toAbsolutePath().normalize().toRealPath();
      Path real = path.toAbsolutePath().normalize().toRealPath();
      if (!real.startsWith(realRoot)) {
        return Optional.of("is a symbolic link (or lies below one) that leads outside the project; archdoc does not read it");
      }
      for (Path part : realRoot.relativize(real)) {
        if (part.toString().equals(".git")) {
          return Optional.of("leads into .git/, which archdoc never reads");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Files.isSymbolicLink(path)
          ? Optional.of("is a symbolic link that cannot be followed; archdoc does not read it")
          : Optional.empty();
    }
  }

  private static Problem outside(Path projectRoot, Path path, String why) {
    return new Problem(Problem.Severity.ERROR, shown(projectRoot, path), 0, why,
        "commit the file itself, or remove the link", Problem.Kind.SOURCE_OUTSIDE_PROJECT);
  }

  static String shown(Path projectRoot, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
