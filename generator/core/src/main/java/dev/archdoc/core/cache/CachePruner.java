package dev.archdoc.core.cache;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps the build cache bounded: after a run, each kind of entry ({@code code/}, {@code pages/},
 * {@code links/}, {@code diagrams/}, {@code builds/}) keeps what the last {@value #KEEP_RUNS} runs
 * that used that kind read or wrote, and the whole cache is then cut to {@link #DEFAULT_CAP_BYTES}
 * by deleting the least recently used entries, never one the current run used. A run marks an
 * entry used by its modification time ({@link BlobStore} sets it on every hit), and each kind
 * remembers, in a {@code runs} file of its own, when its recent runs started; so a {@code check}
 * (which reads code models only) does not age the rendered pages.
 *
 * <p>The cache folder comes from the project and is attacker-controlled: nothing here follows a
 * symbolic link, only files named as entries (or as an entry's unfinished write) are deleted, and a
 * garbled {@code runs} file only means more or fewer entries go (the size cap holds either way).
 */
@Decision(value = "ADR-17", note = "the cache keeps what recent runs used, under a size cap")
public final class CachePruner {

  /** How many recent runs of each kind keep what they used. */
  static final int KEEP_RUNS = 3;

  /** The size the cache is cut to after a run. */
  public static final long DEFAULT_CAP_BYTES = 256L << 20;

  /** File systems keep modification times coarsely, and clocks step: a little slack. */
  private static final long SLACK_MILLIS = 2_000;

  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern PARTIAL = Pattern.compile("\\.[0-9a-f]{64}\\.tmp-[0-9]+-[0-9]+");
  private static final String RUNS = "runs";

  /** What one prune did. */
  public record Pruned(int kept, long keptBytes, int deleted, long deletedBytes) {}

  private record Entry(Path file, String kind, long modified, long size) {}

  private CachePruner() {}

  /**
   * Prunes {@code cache} ({@code target/archdoc-cache}) after a run that started at {@code started}.
   * Never fails: a cache that cannot be pruned is left as it is.
   */
  public static Pruned afterRun(Path cache, Instant started) {
    return afterRun(cache, started, DEFAULT_CAP_BYTES);
  }

  static Pruned afterRun(Path cache, Instant started, long capBytes) {
    try {
      return prune(cache.toAbsolutePath().normalize(), started.toEpochMilli() - SLACK_MILLIS, capBytes);
    } catch (IOException | RuntimeException e) {
      return new Pruned(0, 0, 0, 0);
    }
  }

  private static Pruned prune(Path cache, long thisRun, long capBytes) throws IOException {
    if (!Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS) || linked(cache.getParent())) {
      return new Pruned(0, 0, 0, 0);
    }
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> kinds = Files.newDirectoryStream(cache)) {
      for (Path kind : kinds) {
        if (Files.isDirectory(kind, LinkOption.NOFOLLOW_LINKS)) {
          collect(kind, entries);
        }
      }
    }
    TreeMap<String, List<Entry>> byKind = entries.stream()
        .collect(Collectors.groupingBy(Entry::kind, TreeMap::new, Collectors.toList()));
    List<Entry> kept = new ArrayList<>();
    int deleted = 0;
    long deletedBytes = 0;
    for (var kind : byKind.entrySet()) {
      Path folder = cache.resolve(kind.getKey());
      boolean used = kind.getValue().stream().anyMatch(e -> e.modified() >= thisRun);
      List<Long> runs = readRuns(folder.resolve(RUNS));
      if (used) {
        runs.add(thisRun);
        runs = runs.subList(Math.max(0, runs.size() - KEEP_RUNS), runs.size());
        writeRuns(folder.resolve(RUNS), runs);
      }
      long keepSince = runs.size() < KEEP_RUNS ? Long.MIN_VALUE : runs.get(0);
      for (Entry entry : kind.getValue()) {
        if (entry.modified() < keepSince || isPartial(entry) && entry.modified() < thisRun) {
          if (delete(entry)) {
            deleted++;
            deletedBytes += entry.size();
          }
        } else {
          kept.add(entry);
        }
      }
    }
    long total = kept.stream().mapToLong(Entry::size).sum();
    kept.sort(Comparator.comparingLong(Entry::modified));
    List<Entry> left = new ArrayList<>();
    for (Entry entry : kept) {
      if (total > capBytes && entry.modified() < thisRun && delete(entry)) {
        total -= entry.size();
        deleted++;
        deletedBytes += entry.size();
      } else {
        left.add(entry);
      }
    }
    return new Pruned(left.size(), total, deleted, deletedBytes);
  }

  /** The entries under one kind's folder ({@code <kind>/<two digits>/<key>}), links left alone. */
  private static void collect(Path kind, List<Entry> entries) throws IOException {
    String name = kind.getFileName().toString();
    Files.walkFileTree(kind, java.util.Set.of(), 2, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String fileName = file.getFileName().toString();
        if (attributes.isRegularFile() && (ENTRY.matcher(fileName).matches() || PARTIAL.matcher(fileName).matches())) {
          entries.add(new Entry(file, name, attributes.lastModifiedTime().toMillis(), attributes.size()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static boolean isPartial(Entry entry) {
    return PARTIAL.matcher(entry.file().getFileName().toString()).matches();
  }

  private static boolean delete(Entry entry) {
    try {
      if (Files.isRegularFile(entry.file(), LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(entry.file());
        return true;
      }
    } catch (IOException e) {
      // another process took it, or it cannot be deleted: left as it is
    }
    return false;
  }

  private static boolean linked(Path folder) {
    return folder != null && Files.isSymbolicLink(folder);
  }

  /** When the kind's recent runs started, oldest first; a garbled file is no runs. */
  private static List<Long> readRuns(Path file) {
    List<Long> runs = new ArrayList<>();
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 4096) {
        return runs;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        runs.add(Long.parseLong(line.strip()));
      }
    } catch (IOException | RuntimeException e) {
      runs.clear();
    }
    runs.sort(null);
    return runs.subList(Math.max(0, runs.size() - KEEP_RUNS), runs.size()).stream()
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static void writeRuns(Path file, List<Long> runs) {
    try {
      if (!Files.isSymbolicLink(file)) {
        AtomicFiles.writeString(file, runs.stream().map(String::valueOf).collect(Collectors.joining("\n", "", "\n")));
      }
    } catch (IOException e) {
      // the next run keeps more
    }
  }
}
