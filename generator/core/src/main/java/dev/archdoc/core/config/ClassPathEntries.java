package dev.archdoc.core.config;

import dev.archdoc.annotations.Decision;
import dev.archdoc.doclet.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the {@code classpath:} entries of archdoc.yml into the jars and folders they name, for a
 * build that is not Maven (whose plugin hands archdoc the class path itself):
 *
 * <ul>
 *   <li>{@code libs/*.jar}, {@code lib/**.jar}: a glob, matched inside the project, sorted;
 *   <li>{@code @build/archdoc.classpath}: a javac-style argument file that a build task wrote,
 *       holding class path entries separated by the path separator, spaces or new lines, quoted
 *       with {@code "} or {@code '} when they hold spaces, optionally after {@code -classpath},
 *       {@code -cp} or {@code --class-path}. Its entries may be absolute (a Gradle cache), since
 *       the build wrote it;
 *   <li>anything else: a jar or folder relative to the project root, as before.
 * </ul>
 *
 * <p>An argument file that is missing or a glob that matches nothing is a warning: uses of the
 * types it should have provided are then not checked, which the unresolved-names warning says.
 */
@Decision(value = "ADR-21", note = "a class path without Maven: globs and an argument file the build writes")
public final class ClassPathEntries {

  /** An argument file larger than this is not a class path. */
  private static final long LARGEST_ARGFILE = 16L << 20;
  private static final int GLOB_DEPTH = 12;

  private ClassPathEntries() {}

  /** The entries, with the problems met expanding them. */
  public record Expanded(List<Path> entries, List<Problem> problems) {

    public Expanded {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }
  }

  public static Expanded expand(Path projectRoot, List<Path> written) {
    Path root = projectRoot.toAbsolutePath().normalize();
    Set<Path> entries = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (Path entry : written) {
      String text = entry.toString().replace('\\', '/');
      if (text.startsWith("@")) {
        argumentFile(root, text.substring(1), entries, problems);
      } else if (isGlob(text)) {
        glob(root, text, entries, problems);
      } else {
        entries.add(entry);
      }
    }
    return new Expanded(List.copyOf(entries), problems);
  }

  private static boolean isGlob(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0 || text.indexOf('{') >= 0;
  }

  private static void glob(Path root, String pattern, Set<Path> entries, List<Problem> problems) {
    // walk from the part before the first wildcard: libs/*.jar walks libs/ only
    String fixed = pattern.substring(0, firstWildcard(pattern));
    Path base = root.resolve(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/')) : "").normalize();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> matched = new ArrayList<>();
    if (base.startsWith(root) && Files.isDirectory(base)) {
      try (Stream<Path> files = Files.walk(base, GLOB_DEPTH)) {
        files.map(root::relativize).filter(matcher::matches).sorted().forEach(matched::add);
      } catch (IOException | UncheckedIOException e) {
        problems.add(warning(fixed, "cannot list the folder of class path glob '" + pattern + "': " + e.getMessage()));
        return;
      }
    }
    if (matched.isEmpty()) {
      problems.add(warning("archdoc.yml", "class path glob '" + pattern + "' matches no file in the project"));
    }
    entries.addAll(matched);
  }

  private static int firstWildcard(String text) {
    int first = text.length();
    for (char wildcard : new char[] {'*', '?', '[', '{'}) {
      int at = text.indexOf(wildcard);
      if (at >= 0) {
        first = Math.min(first, at);
      }
    }
    return first;
  }

  private static void argumentFile(Path root, String name, Set<Path> entries, List<Problem> problems) {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      problems.add(warning(name, "class path argument file @" + name + " does not exist; write it from the build"
          + " first (see the README: a class path without Maven)"));
      return;
    }
    String text;
    try {
      if (Files.size(file) > LARGEST_ARGFILE) {
        problems.add(warning(name, "class path argument file is over " + (LARGEST_ARGFILE >> 20) + " MB; not read"));
        return;
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      problems.add(warning(name, "cannot read class path argument file: " + e.getMessage()));
      return;
    }
    for (String token : tokens(text)) {
      if (token.equals("-classpath") || token.equals("-cp") || token.equals("--class-path")) {
        continue;
      }
      for (String part : token.split(java.io.File.pathSeparator)) {
        if (part.isBlank()) {
          continue;
        }
        try {
          Path path = Path.of(part);
          entries.add(path.isAbsolute() ? path.normalize() : file.getParent().resolve(path).normalize());
        } catch (InvalidPathException e) {
          problems.add(warning(name, "'" + part + "' in the class path argument file is not a path"));
        }
      }
    }
  }

  /** Splits an argument file as javac does: on white space, keeping quoted runs whole. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    char quote = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          token.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          tokens.add(token.toString());
          token.setLength(0);
          inToken = false;
        }
      } else if (c == '#' && !inToken) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else {
        token.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static Problem warning(String file, String message) {
    return new Problem(Problem.Severity.WARNING, file, 0, message,
        "types the class path should provide are not resolved; the rest of the sources is read");
  }
}
