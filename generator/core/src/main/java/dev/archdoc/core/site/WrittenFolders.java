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
 * filled again: each file another of these folders holds with the same bytes is linked to it (a
 * hard link, which costs no copy), the rest written. So serve's second build, the first into its
 * second folder, does not write the whole site again. A file is never written through: it is
 * deleted and written anew, so a file linked from the other folder, which may be the one being
 * served, never changes under it.
 */
@Decision(value = "ADR-15", note = "serve updates its folders by what changed")
@Decision(value = "ADR-34", note = "a folder filled first by linking the other folder's same files")
final class WrittenFolders {

  private final Map<Path, Map<String, byte[]>> written = new HashMap<>();

  /** @return how many files were written or deleted (a file linked from another folder is neither) */
  synchronized int update(Path folder, Map<String, byte[]> site) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    Map<String, byte[]> before = written.remove(absolute);
    if (before == null) {
      AtomicFiles.deleteTree(absolute);
      before = linkSameFiles(absolute, site);
    }
    Files.createDirectories(absolute);
    int changed = 0;
    for (Map.Entry<String, byte[]> file : site.entrySet()) {
      if (!Arrays.equals(before.get(file.getKey()), file.getValue())) {
        Files.deleteIfExists(absolute.resolve(file.getKey()).normalize()); // never write through a link
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

  /**
   * Links into an empty folder each file of the site that another folder here holds with the same
   * bytes; nothing when there is none, or when links cannot be made (another file system).
   *
   * @return what the folder now holds, by site path
   */
  private Map<String, byte[]> linkSameFiles(Path folder, Map<String, byte[]> site) {
    Map<String, byte[]> linked = new HashMap<>();
    for (Map.Entry<Path, Map<String, byte[]>> other : written.entrySet()) {
      for (Map.Entry<String, byte[]> file : site.entrySet()) {
        byte[] there = other.getValue().get(file.getKey());
        Path target = folder.resolve(file.getKey()).normalize();
        if (there == null || !Arrays.equals(there, file.getValue()) || !target.startsWith(folder)) {
          continue;
        }
        try {
          Files.createDirectories(target.getParent());
          Files.createLink(target, other.getKey().resolve(file.getKey()).normalize());
          linked.put(file.getKey(), file.getValue());
        } catch (IOException | UnsupportedOperationException e) {
          return linked; // no links here: the rest is written
        }
      }
      return linked;
    }
    return linked;
  }
}
