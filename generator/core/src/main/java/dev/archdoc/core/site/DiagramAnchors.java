package dev.archdoc.core.site;

import dev.archdoc.core.docs.ref.DiagramSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids of a system's hand-drawn diagrams on its diagrams page, derived from their files so a link
 * to a diagram file can lead to its place, and adding a diagram does not move the others (unless
 * its id reads the same): {@code diagrams/roles.puml} below the docs folder is
 * {@code diagrams-roles}, its second {@code @startuml} block {@code diagrams-roles-2}. Ids are unique on the page: one that is taken
 * (by the generated diagrams' {@code layers}, {@code packages}, {@code decisions}, or by an earlier
 * file that reads the same, such as {@code a-b.puml} and {@code a/b.puml}) gets the next free
 * number, in the docs' file order, so the same docs always give the same ids.
 */
final class DiagramAnchors {

  /** The ids {@link DiagramsPage} gives the diagrams it draws itself. */
  private static final List<String> GENERATED = List.of("layers", "packages", "decisions");

  private final Map<Place, String> ids;
  private final Map<Path, String> firstIdOfFile;

  private record Place(Path file, int firstLine) {}

  private DiagramAnchors(Map<Place, String> ids, Map<Path, String> firstIdOfFile) {
    this.ids = ids;
    this.firstIdOfFile = firstIdOfFile;
  }

  /**
   * @param docs the system's docs folder, which ids are relative to
   * @param diagrams the blocks of its diagram files, in the order the page shows them
   */
  static DiagramAnchors of(Path docs, List<DiagramSource> diagrams) {
    docs = docs.normalize();
    Set<String> taken = new HashSet<>(GENERATED);
    Map<Path, Integer> blocksSoFar = new HashMap<>();
    Map<Place, String> ids = new LinkedHashMap<>();
    Map<Path, String> firstIdOfFile = new HashMap<>();
    for (DiagramSource source : diagrams) {
      Path file = source.file().normalize();
      int block = blocksSoFar.merge(file, 1, Integer::sum);
      String wanted = slug(docs.toString().isEmpty() || !file.startsWith(docs) ? file : docs.relativize(file))
          + (block == 1 ? "" : "-" + block);
      String id = wanted;
      for (int n = 2; !taken.add(id); n++) {
        id = wanted + "-" + n;
      }
      ids.put(new Place(file, source.firstLine()), id);
      firstIdOfFile.putIfAbsent(file, id);
    }
    return new DiagramAnchors(ids, firstIdOfFile);
  }

  /** The id of one block of a diagram file of the system. */
  String of(DiagramSource source) {
    String id = ids.get(new Place(source.file().normalize(), source.firstLine()));
    if (id == null) {
      throw new IllegalArgumentException("not a diagram of this system: " + source.file() + ":" + source.firstLine());
    }
    return id;
  }

  /** The id of a diagram file's first block, where a link to the file leads; empty for other files. */
  Optional<String> ofFile(Path file) {
    return Optional.ofNullable(firstIdOfFile.get(file.normalize()));
  }

  /** The path without its extension, in ASCII letters that need no escaping in a URL fragment. */
  private static String slug(Path file) {
    String path = SiteMap.slashes(file);
    int dot = path.lastIndexOf('.');
    if (dot > path.lastIndexOf('/') + 1) {
      path = path.substring(0, dot);
    }
    StringBuilder slug = new StringBuilder();
    for (char c : path.toCharArray()) {
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      slug.append(plain ? c : '-');
    }
    return slug.toString();
  }
}
