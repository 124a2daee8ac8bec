package dev.archdoc.core.config;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Java release a project's sources are written in, and where that was stated: {@code java:}
 * in archdoc.yml, or the project's build where it says so plainly (a literal number in
 * {@code maven.compiler.release}/{@code source} or the compiler plugin's {@code release}/{@code
 * source} in the root pom.xml; {@code JavaLanguageVersion.of(N)}, {@code release = N},
 * {@code sourceCompatibility = N} or {@code jvmToolchain(N)} in the Gradle build files of the
 * root, its modules, {@code build-logic/} and {@code buildSrc/}).
 *
 * <p>archdoc reads sources with the JDK it runs on: at this release when that JDK is newer, and
 * not at all when it is older, since javac would report every newer construct as an error.
 *
 * @param release the feature release, e.g. 17 or 25
 * @param file where it was stated, relative to the project root
 * @param line 1-based, or 0 when unknown
 * @param stated the words that stated it, e.g. {@code options.release = 25}
 */
@Decision(value = "ADR-21", note = "the language level comes from the build, else archdoc.yml")
public record JavaRelease(int release, Path file, int line, String stated) {

  /** The oldest release archdoc passes on as {@code --release}: JDK 17's javac knows 7 and up, 25's 8. */
  static final int OLDEST = 8;
  /** Build files larger than this are not build files anyone wrote by hand; they are skipped. */
  private static final long LARGEST_BUILD_FILE = 1 << 20;
  private static final int GRADLE_DEPTH = 8;

  private static final List<Pattern> GRADLE = List.of(
      Pattern.compile("JavaLanguageVersion\\.of\\(\\s*\"?(\\d{1,3})\"?\\s*\\)"),
      Pattern.compile("\\b(?:\\w+\\.)*release(?:\\.set\\(\\s*|\\s*=\\s*)(\\d{1,3})\\b"),
      Pattern.compile("\\b(?:source|target)Compatibility(?:\\.set\\(\\s*|\\s*=\\s*)"
          + "(?:JavaVersion\\.VERSION_(?:1_)?(\\d{1,3})|['\"]?(?:1\\.)?(\\d{1,3})['\"]?)"),
      Pattern.compile("\\bjvmToolchain\\(\\s*(\\d{1,3})\\s*\\)"));
  private static final Pattern NUMBER = Pattern.compile("(?:1\\.)?(\\d{1,3})");
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]{1,200})}");

  /** When a number is given in archdoc.yml. */
  static JavaRelease configured(int release, int line) {
    return new JavaRelease(release, Path.of(ConfigReader.FILE_NAME), line, "java: " + release);
  }

  /** {@code options.release = 25 (build-logic/…kts:82)}: what was stated, and where. */
  public String where() {
    String place = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    return stated + " in " + place;
  }

  /**
   * The highest release the project's build states plainly, if any. Unreadable or odd build
   * files are passed over: this is a hint for reading the sources, not a check of the build.
   */
  public static Optional<JavaRelease> statedInBuild(Path projectRoot) {
    Path root = projectRoot.toAbsolutePath().normalize();
    List<JavaRelease> found = new ArrayList<>();
    Path pom = root.resolve("pom.xml");
    if (readable(pom)) {
      found.addAll(maven(root, pom));
    }
    for (Path gradle : gradleFiles(root)) {
      found.addAll(gradle(root, gradle));
    }
    return found.stream().max(Comparator.comparingInt(JavaRelease::release));
  }

  private static boolean readable(Path file) {
    try {
      return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) <= LARGEST_BUILD_FILE;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> gradleFiles(Path root) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(root)) {
      for (Path entry : (Iterable<Path>) top.sorted()::iterator) {
        String name = entry.getFileName().toString();
        if (isGradle(name)) {
          files.add(entry);
        } else if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")
            && !name.equals("build") && !name.equals("target") && !name.equals("node_modules")) {
          int depth = name.equals("build-logic") || name.equals("buildSrc") ? GRADLE_DEPTH : 1;
          try (Stream<Path> below = Files.walk(entry, depth)) {
            below.filter(path -> isGradle(path.getFileName().toString()))
                .filter(path -> !root.relativize(path).toString().contains("/build/"))
                .sorted()
                .forEach(files::add);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // a folder archdoc may not list states nothing it could use
    }
    return files.stream().filter(JavaRelease::readable).toList();
  }

  private static boolean isGradle(String name) {
    return name.endsWith(".gradle") || name.endsWith(".gradle.kts");
  }

  private static List<JavaRelease> gradle(Path root, Path file) {
    List<JavaRelease> found = new ArrayList<>();
    List<String> lines;
    try {
      lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return found;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.length() > 2_000) {
        continue;
      }
      for (Pattern pattern : GRADLE) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
          String number = matcher.group(1) != null ? matcher.group(1)
              : matcher.groupCount() > 1 ? matcher.group(2) : null;
          if (number != null) {
            found.add(new JavaRelease(Integer.parseInt(number), root.relativize(file), i + 1, matcher.group().strip()));
          }
        }
      }
    }
    return found.stream().filter(release -> release.release() >= OLDEST).toList();
  }

  /** The root pom's plainly stated release, reading its properties to follow one {@code ${...}}. */
  private static List<JavaRelease> maven(Path root, Path pom) {
    PomHandler handler = new PomHandler();
    try (InputStream in = Files.newInputStream(pom)) {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      // every pom is attacker-controlled: no DTD, no external entities
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(in, handler);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return List.of();
    }
    List<JavaRelease> found = new ArrayList<>();
    for (Map.Entry<String, Located> entry : handler.levels.entrySet()) {
      String value = entry.getValue().text();
      Matcher property = PROPERTY.matcher(value);
      if (property.matches() && handler.properties.containsKey(property.group(1))) {
        value = handler.properties.get(property.group(1)).text();
      }
      Matcher number = NUMBER.matcher(value);
      if (number.matches()) {
        int release = Integer.parseInt(number.group(1));
        if (release >= OLDEST) {
          found.add(new JavaRelease(release, root.relativize(pom), entry.getValue().line(),
              "<" + entry.getKey() + ">" + entry.getValue().text() + "</" + entry.getKey() + ">"));
        }
      }
    }
    return found;
  }

  private record Located(String text, int line) {}

  /** Collects project properties and the compiler's release/source, with their lines. */
  private static final class PomHandler extends DefaultHandler {
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Located> properties = new HashMap<>();
    private final Map<String, Located> levels = new java.util.LinkedHashMap<>();
    private Locator locator;
    private int startLine;
    private boolean inCompilerPlugin;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
      path.push(name);
      text.setLength(0);
      startLine = locator == null ? 0 : locator.getLineNumber();
    }

    @Override
    public void characters(char[] chars, int start, int length) {
      if (text.length() < 1_000) {
        text.append(chars, start, Math.min(length, 1_000));
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
      String value = text.toString().strip();
      path.pop();
      String parent = path.peek();
      if ("properties".equals(parent) && path.size() == 2) {
        properties.put(name, new Located(value, startLine));
        if (name.equals("maven.compiler.release") || name.equals("maven.compiler.source")) {
          levels.putIfAbsent(name, new Located(value, startLine));
        }
      }
      if (name.equals("artifactId") && "plugin".equals(parent)) {
        inCompilerPlugin = value.equals("maven-compiler-plugin");
      }
      if (name.equals("plugin")) {
        inCompilerPlugin = false;
      }
      if (inCompilerPlugin && "configuration".equals(parent) && (name.equals("release") || name.equals("source"))) {
        levels.putIfAbsent(name, new Located(value, startLine));
      }
      text.setLength(0);
    }
  }
}
