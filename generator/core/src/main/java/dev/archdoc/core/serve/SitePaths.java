package dev.archdoc.core.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request's raw path to a file of the site, and refuses every path that would leave it:
 * {@code ..} and {@code .} segments (also percent-encoded), encoded slashes, backslashes, NUL, and
 * files whose real path (after symbolic links) lies outside the site folder.
 */
final class SitePaths {

  /** What a request path leads to. */
  sealed interface Target {}

  record Found(Path file) implements Target {}

  /** A folder asked for without its trailing slash: relative links need the slash. */
  record Redirect(String location) implements Target {}

  record Forbidden() implements Target {}

  record Missing() implements Target {}

  private SitePaths() {}

  static Target resolve(Path site, String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
      return new Forbidden();
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
      return new Forbidden();
    }
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty() || decoded.get().indexOf('\\') >= 0 || decoded.get().indexOf('\0') >= 0) {
      return new Forbidden();
    }
    StringBuilder relative = new StringBuilder();
    for (String segment : decoded.get().split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return new Forbidden();
      }
      if (!segment.isEmpty()) {
        relative.append(relative.length() == 0 ? "" : "/").append(segment);
      }
    }
    Path root = site.toAbsolutePath().normalize();
    Path file;
    try {
      file = root.resolve(relative.toString()).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return new Forbidden();
    }
    if (!file.startsWith(root)) {
      return new Forbidden();
    }
    if (Files.isDirectory(file)) {
      if (!rawPath.endsWith("/")) {
        return new Redirect(rawPath + "/");
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return new Missing();
    }
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return new Forbidden();
      }
    } catch (IOException e) {
      return new Missing();
    }
    return new Found(file);
  }

  /** Percent-decoding of a path (a {@code +} stays a plus); empty when malformed. */
  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
