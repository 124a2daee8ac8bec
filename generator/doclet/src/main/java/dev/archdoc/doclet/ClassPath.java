package dev.archdoc.doclet;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The class path javadoc reads with: the project's entries, then archdoc's annotations, so that
 * {@code @Decision} always resolves even when the project does not declare the jar.
 */
final class ClassPath {

  private static final String ANNOTATIONS_PACKAGE = "dev/archdoc/annotations/";
  private static Path annotations;

  private ClassPath() {}

  static List<Path> of(Path projectRoot, List<Path> entries, List<Problem> problems) {
    List<Path> classpath = new ArrayList<>();
    for (Path entry : entries) {
      Path absolute = projectRoot.resolve(entry).normalize();
      if (Files.exists(absolute)) {
        classpath.add(absolute);
      } else {
        problems.add(
            new Problem(
                Problem.Severity.WARNING, SourceFinder.shown(projectRoot, absolute), 0,
                "class path entry does not exist",
                "fix `classpath:` in archdoc.yml (or --classpath); types it should provide will not resolve",
                Problem.Kind.CLASS_PATH_ENTRY_MISSING));
      }
    }
    classpath.add(annotations());
    return classpath;
  }

  /**
   * Where {@code Decision.class} lives. Inside the self-contained CLI jar it shares the jar with
   * picocli, Jackson and the rest, which must not leak onto the project's class path, so the
   * annotation classes are copied to a folder of their own once per process.
   */
  static synchronized Path annotations() {
    if (annotations != null) {
      return annotations;
    }
    try {
      Path location = Path.of(Decision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location) || location.getFileName().toString().startsWith("archdoc-annotations")) {
        annotations = location;
      } else {
        annotations = extract(location);
      }
      return annotations;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the annotations' code source is not a file", e);
    }
  }

  /** Unpacks into a folder named after the jar's size and date, so later runs reuse it. */
  private static Path extract(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      String stamp = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
      Path folder = Path.of(System.getProperty("java.io.tmpdir"), "archdoc-annotations-" + stamp);
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        if (entry.getName().startsWith(ANNOTATIONS_PACKAGE) && entry.getName().endsWith(".class")) {
          Path target = folder.resolve(entry.getName());
          if (Files.exists(target)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          Path partial = Files.createTempFile(target.getParent(), "partial", ".tmp");
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
          Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack archdoc's annotations from " + jar, e);
    }
  }
}
