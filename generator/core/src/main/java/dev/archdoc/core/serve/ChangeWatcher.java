package dev.archdoc.core.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders a build reads (every folder below each docs, decisions and source root, and
 * the project's theme folder) and, not recursively, the project root for {@code archdoc.yml},
 * {@code archdoc.lock} and the first folder of each watched tree (so a tree made after serve
 * started is seen). A burst of changes becomes one call of the rebuild, through the
 * {@link Debouncer}; rebuilds run on the watching thread, one at a time, and changes made during
 * one are waiting when it ends.
 */
final class ChangeWatcher implements AutoCloseable {

  private static final Set<String> ROOT_FILES = Set.of("archdoc.yml", "archdoc.lock");
  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "site", "node_modules");

  private final Path root;
  private final WatchService service;
  private final Debouncer debouncer;
  private final Consumer<Set<Path>> rebuild;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  /** Names at the root that lead to a watched tree: their creation is a change worth a rebuild. */
  private final Set<String> rootEntries = new java.util.HashSet<>(ROOT_FILES);

  ChangeWatcher(Path root, Debouncer debouncer, Consumer<Set<Path>> rebuild) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.service = FileSystems.getDefault().newWatchService();
    this.debouncer = debouncer;
    this.rebuild = rebuild;
    register(this.root);
  }

  /** Watches every folder below each of {@code trees} (absolute); folders already watched stay so. */
  synchronized void watchTrees(Collection<Path> trees) {
    for (Path tree : trees) {
      Path relative = tree.startsWith(root) ? root.relativize(tree) : Path.of("");
      if (relative.getNameCount() > 0 && !relative.toString().isEmpty()) {
        rootEntries.add(relative.getName(0).toString());
      }
      if (!Files.isDirectory(tree)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(tree)) {
        walk.filter(Files::isDirectory).filter(this::worthWatching).forEach(this::register);
      } catch (IOException | UncheckedIOException e) {
        // a folder that vanished while being walked: its parent's events bring the rebuild
      }
    }
  }

  /** Watches and rebuilds until {@link #close}. */
  void run() {
    try {
      while (true) {
        long wait = debouncer.nanosUntilDue();
        WatchKey key = wait < 0 ? service.take() : service.poll(wait, TimeUnit.NANOSECONDS);
        while (key != null) {
          collect(key);
          key = service.poll();
        }
        Optional<Set<Path>> batch = debouncer.takeIfDue();
        if (batch.isPresent()) {
          rebuild.accept(batch.get());
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: serve is stopping
    }
  }

  private synchronized void collect(WatchKey key) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        debouncer.changed(root); // events were lost: treat the whole project as changed
        continue;
      }
      Path name = (Path) event.context();
      Path path = folder.resolve(name);
      if (folder.equals(root) && !rootEntries.contains(name.toString())) {
        continue;
      }
      if (ignored(name.toString())) {
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        watchTrees(Set.of(path)); // a new folder: watch it and what was already put in it
      }
      debouncer.changed(path);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private boolean worthWatching(Path folder) {
    if (folder.equals(root)) {
      return true;
    }
    Path relative = root.relativize(folder);
    if (relative.getNameCount() > 0 && SKIPPED_FOLDERS.contains(relative.getName(0).toString())) {
      return false; // the build's own output and caches
    }
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** Editors' swap, backup and lock files, saved around every real save. */
  private static boolean ignored(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
        || name.startsWith("#") || name.equals("4913");
  }

  private void register(Path folder) {
    if (folders.containsValue(folder)) {
      return;
    }
    try {
      folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    } catch (IOException e) {
      // unreadable or gone: nothing to watch there
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
