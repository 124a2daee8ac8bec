package dev.archdoc.core.cache;

import dev.archdoc.doclet.CodeModelReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which archdoc made a cache entry: part of every key, so a new archdoc (a new jar, or classes
 * recompiled while developing it) never reuses what an older one rendered. A jar is known by its
 * path, size and modification time; a class folder by the newest modification time in it.
 */
public final class ToolIdentity {

  private static final String IDENTITY = compute();

  private ToolIdentity() {}

  /** The identity of the running archdoc and Java runtime, computed once per process. */
  public static String current() {
    return IDENTITY;
  }

  private static String compute() {
    StringBuilder identity = new StringBuilder("java ").append(Runtime.version());
    for (Class<?> part : new Class<?>[] {ToolIdentity.class, CodeModelReader.class}) {
      identity.append('\n').append(location(part));
    }
    return identity.toString();
  }

  private static String location(Class<?> part) {
    CodeSource source = part.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "unknown " + part.getName();
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(path)) {
        long newest = 0;
        long count = 0;
        try (Stream<Path> files = Files.walk(path)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            newest = Math.max(newest, Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().toMillis());
            count++;
          }
        }
        return path + " " + count + " files, newest " + newest;
      }
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return path + " " + attributes.size() + " bytes, " + attributes.lastModifiedTime().toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // an identity that cannot be known must never match an older one
      return "unknown " + part.getName() + " " + System.nanoTime();
    }
  }
}
