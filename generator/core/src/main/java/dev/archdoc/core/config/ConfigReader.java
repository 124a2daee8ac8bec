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

  private static final java.util.Set<String> BUILD_FILES = java.util.Set.of("pom.xml", "build.gradle", "build.gradle.kts");

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

  /**
   * The decisions folder another ADR tool recorded at the project root, when it is a plain
   * relative path inside the project: adr-tools' {@code .adr-dir}, adr-j's
   * {@code .adr/adr.properties} ({@code docPath=}), log4brains' {@code .log4brains.yml}
   * ({@code project: adrFolder:}); the first of them that names one.
   */
  private static Optional<Path> adrToolsFolder(Path root) {
    return readMarker(root, ".adr-dir", text -> Optional.of(text.strip()))
        .or(() -> readMarker(root, ".adr/adr.properties", ConfigReader::adrJDocPath))
        .or(() -> readMarker(root, ".log4brains.yml", ConfigReader::log4brainsFolder))
        .flatMap(ConfigReader::insideProject);
  }

  private static Optional<String> readMarker(
      Path root, String name, java.util.function.Function<String, Optional<String>> folder) {
    Path marker = root.resolve(name);
    if (!Files.isRegularFile(marker) || new ProjectBounds(root).refusal(Path.of(name)).isPresent()) {
      // a marker linked out of the project is not read: its text would be quoted
      return Optional.empty();
    }
    try {
      return folder.apply(Files.readString(marker));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable or malformed marker is as good as none: the defaults apply
    }
  }

  private static Optional<String> adrJDocPath(String text) {
    java.util.Properties properties = new java.util.Properties();
    try {
      properties.load(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(properties.getProperty("docPath"));
  }

  private static Optional<String> log4brainsFolder(String text) {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setMaxAliasesForCollections(10);
    Object document = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options)).load(text);
    if (document instanceof java.util.Map<?, ?> top && top.get("project") instanceof java.util.Map<?, ?> project
        && project.get("adrFolder") instanceof String folder) {
      return Optional.of(folder);
    }
    return Optional.empty();
  }

  private static Optional<Path> insideProject(String text) {
    try {
      Path folder = Path.of(text.strip()).normalize();
      return text.isBlank() || folder.isAbsolute() || folder.startsWith("..") || folder.toString().isEmpty()
          ? Optional.empty() : Optional.of(folder);
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
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
   * that has a build file (Maven's {@code pom.xml}, Gradle's {@code build.gradle} or
   * {@code build.gradle.kts}, which also covers modules Gradle finds by folder, as JabRef's
   * {@code javaModules { directory(".") }}) and a {@code src/main/java}, shallowest first; build
   * output and hidden folders are not searched.
   */
  static List<Path> findSourceRoots(Path root) {
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(root, MODULE_DEPTH + 1)) {
      poms.filter(path -> BUILD_FILES.contains(path.getFileName().toString()))
          .map(Path::getParent)
          .filter(module -> !isIgnoredFolder(root.relativize(module)))
          .filter(module -> Files.isDirectory(module.resolve(MAIN_JAVA)))
          .map(module -> root.relativize(module).resolve(MAIN_JAVA).normalize())
          .distinct()
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
