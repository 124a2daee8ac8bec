package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Folders a site is updated in rather than replaced ({@code archdoc serve}'s two), and what was
 * last written into each: a rebuild writes only the files whose bytes differ and deletes the ones
 * the site no longer has, so its cost follows the change, not the size of the site. A folder whose
 * content is not known (the first build of a session, or after a failed write) is emptied and
 * written whole.
 */
@Decision(value = "ADR-15", note = "serve updates its folders by what changed")
final class WrittenFolders {

  private final Map<Path, Map<String, byte[]>> written = new HashMap<>();

  /** @return how many files were written or deleted */
  synchronized int update(Path folder, Map<String, byte[]> site) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    Map<String, byte[]> before = written.remove(absolute);
    if (before == null) {
      AtomicFiles.deleteTree(absolute);
      before = Map.of();
    }
    Files.createDirectories(absolute);
    int changed = 0;
    for (Map.Entry<String, byte[]> file : site.entrySet()) {
      if (!Arrays.equals(before.get(file.getKey()), file.getValue())) {
        SiteWriter.write(absolute, Map.of(file.getKey(), file.getValue()));
        changed++;
      }
    }
    for (String gone : before.keySet()) {
      if (!site.containsKey(gone)) {
        Files.deleteIfExists(absolute.resolve(gone));
        changed++;
      }
    }
    written.put(absolute, new HashMap<>(site)); // only once every file is in place
    return changed;
  }
}
