package dev.archdoc.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks where a site may go and writes its files into the staging folder of a {@link
 * dev.archdoc.core.io.FolderSwap}, which swaps it in: only a complete site replaces the old one, so
 * a failed build never leaves half a site.
 */
final class SiteWriter {

  private SiteWriter() {}

  /**
   * Refuses a target the swap would destroy: the project itself (or a folder above it), or a
   * folder with files that archdoc did not write. A previous site, or nothing, may be replaced.
   */
  static void checkReplaceable(Path target, Path projectRoot, String marker) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (projectRoot.toAbsolutePath().normalize().startsWith(absolute)) {
      throw new IOException(absolute + ": refusing to write the site over the project itself; choose another --out folder");
    }
    if (Files.isRegularFile(absolute)) {
      throw new IOException(absolute + ": is a file, not a folder for the site");
    }
    if (Files.isDirectory(absolute) && !Files.exists(absolute.resolve(marker))) {
      try (var entries = Files.list(absolute)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(absolute + ": refusing to replace a folder archdoc did not build (it has no "
              + marker + "); choose another --out folder or empty it");
        }
      }
    }
  }

  static void write(Path staging, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = staging.resolve(file.getKey()).normalize();
      if (!path.startsWith(staging)) {
        throw new IOException("refusing to write outside the site: " + file.getKey());
      }
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
  }
}
