package dev.archdoc.core.config;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a project's configuration: the door of this package. {@link #read(Path)} is the I/O edge
 * (it reads archdoc.yml and looks for Maven modules); {@link #parse(Optional, ProjectFacts)} does
 * the rest on values, so tests and other stages can use it in memory.
 */
@Decision(value = "ADR-4", note = "one system or a systems: list, nested docs excluded")
public final class ConfigReader {

  /** The configuration file's name at the project root. */
  public static final String FILE_NAME = "archdoc.yml";

  /** How deep below the project root Maven modules are looked for. */
  private static final int MODULE_DEPTH = 3;

  private static final Path MAIN_JAVA = Path.of("src", "main", "java");

  private ConfigReader() {}

  /**
   * Reads {@code archdoc.yml} at {@code projectRoot}, or applies the defaults when there is none.
   * An unreadable file is a problem in the result, not an exception.
   */
  public static ConfigResult read(Path projectRoot) {
    Path root = projectRoot.toAbsolutePath().normalize();
    Path file = root.resolve(FILE_NAME);
    Optional<String> text = Optional.empty();
    Optional<String> refused = new ProjectBounds(root).refusal(Path.of(FILE_NAME));
    if (refused.isPresent()) {
      // never read, never quoted: it is a file of the machine, not of the project
      return ConfigResult.failed(List.of(new ConfigProblem(Path.of(FILE_NAME), 0, 0,
          FILE_NAME + " " + refused.get() + "; archdoc does not read it. Commit the configuration itself")));
    }
    if (Files.isRegularFile(file)) {
      try {
        if (Files.size(file) > InputLimits.MAX_TEXT_BYTES) {
          return ConfigResult.failed(List.of(InputLimits.tooLarge(Path.of(FILE_NAME), Files.size(file))
              .map(f -> new ConfigProblem(f.file(), 0, 0, FILE_NAME + " " + f.message())).orElseThrow()));
        }
        text = Optional.of(decode(Files.readAllBytes(file)));
      } catch (CharacterCodingException e) {
        return ConfigResult.failed(List.of(new ConfigProblem(Path.of(FILE_NAME), 0, 0,
            "archdoc.yml is not UTF-8 text; save it as UTF-8")));
      } catch (IOException e) {
        return ConfigResult.failed(List.of(new ConfigProblem(Path.of(FILE_NAME), 0, 0,
            "cannot read archdoc.yml: " + e.getClass().getSimpleName())));
      }
    }
    Path name = root.getFileName();
    ProjectFacts facts = new ProjectFacts(
        name == null ? "project" : name.toString(),
        findSourceRoots(root),
        relative -> Files.isDirectory(root.resolve(relative)),
        adrToolsFolder(root));
    return parse(text, facts);
  }

  /** The folder named in adr-tools' {@code .adr-dir}, when it is a plain relative path. */
  private static Optional<Path> adrToolsFolder(Path root) {
    Path marker = root.resolve(".adr-dir");
    if (!Files.isRegularFile(marker) || new ProjectBounds(root).refusal(Path.of(".adr-dir")).isPresent()) {
      return Optional.empty(); // a marker linked out of the project is not read: its text would be quoted
    }
    try {
      String text = Files.readString(marker).strip();
      Path folder = Path.of(text).normalize();
      return text.isEmpty() || folder.isAbsolute() || folder.startsWith("..") ? Optional.empty() : Optional.of(folder);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty(); // an unreadable marker is as good as none: the defaults apply
    }
  }

  /**
   * Reads configuration text (empty: no archdoc.yml, the defaults apply) against facts about the
   * project folder. Pure: no file is touched.
   */
  public static ConfigResult parse(Optional<String> yamlText, ProjectFacts facts) {
    return new ConfigParser(Path.of(FILE_NAME), facts).parse(yamlText);
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * {@code src/main/java} of the project and of every folder up to {@link #MODULE_DEPTH} below it
   * that has a {@code pom.xml} and a {@code src/main/java}, shallowest first; build output and hidden folders are
   * not searched.
   */
  static List<Path> findSourceRoots(Path root) {
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(root, MODULE_DEPTH + 1)) {
      poms.filter(path -> path.getFileName().toString().equals("pom.xml"))
          .map(Path::getParent)
          .filter(module -> !isIgnoredFolder(root.relativize(module)))
          .filter(module -> Files.isDirectory(module.resolve(MAIN_JAVA)))
          .map(module -> root.relativize(module).resolve(MAIN_JAVA).normalize())
          .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
          .forEach(roots::add);
    } catch (IOException | UncheckedIOException e) {
      // A folder we may not list holds no sources we could read either; the defaults stay partial.
    }
    if (!roots.contains(MAIN_JAVA) && Files.isDirectory(root.resolve(MAIN_JAVA))) {
      roots.add(0, MAIN_JAVA);
    }
    return roots;
  }

  private static boolean isIgnoredFolder(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }
}
