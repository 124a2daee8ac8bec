package dev.archdoc.core.serve;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code archdoc serve}: builds the project's site, serves it on 127.0.0.1, rebuilds when a doc,
 * a source file, a template or {@code archdoc.yml} changes, and makes open pages reload (or show
 * what broke). The door of this package; see ADR 14 for what each change rebuilds.
 */
@Decision("ADR-14")
@Decision(value = "ADR-15", note = "reload first, check links after, on their own thread")
public final class LiveServer implements AutoCloseable {

  /** How long after the last save of a burst the rebuild starts. */
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(40);

  /**
   * What to serve.
   *
   * @param root the project root
   * @param port the port on 127.0.0.1; 0 picks a free one
   * @param quiet how long no change must come before a burst of changes is rebuilt
   */
  public record Options(Path root, int port, Duration quiet) {

    public Options {
      root = root.toAbsolutePath().normalize();
    }
  }

  private final Path root;
  private final Consumer<String> log;
  private final Rebuilder rebuilder;
  private final EventStream events = new EventStream();
  private final AtomicReference<Optional<Path>> site = new AtomicReference<>(Optional.empty());
  private final SiteServer server;
  private final ChangeWatcher watcher;
  private final Thread watching;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private LiveServer(Options options, Consumer<String> log) throws IOException {
    this.root = options.root();
    this.log = log;
    this.rebuilder = new Rebuilder(root);
    try {
      this.watcher = new ChangeWatcher(root, new Debouncer(options.quiet().toNanos(), System::nanoTime), this::rebuild);
      watcher.watchTrees(watchedTrees());
      publish(rebuilder.build(Set.of()));
      rebuilder.pruneCache();
      this.server = new SiteServer(options.port(), site::get, events);
    } catch (IOException | RuntimeException e) {
      rebuilder.close();
      throw e;
    }
    this.watching = new Thread(watcher::run, "archdoc-serve-watch");
    watching.setDaemon(true);
    watching.start();
  }

  /**
   * Builds the site, then serves it and watches the project until {@link #close}.
   *
   * @param log receives one line per build (and its problems)
   * @throws IOException when the port cannot be bound
   */
  public static LiveServer start(Options options, Consumer<String> log) throws IOException {
    return new LiveServer(options, log);
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8000/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  private void rebuild(Set<Path> changed) {
    publish(rebuilder.build(changed));
    watcher.watchTrees(watchedTrees()); // archdoc.yml may name new folders
  }

  private void publish(Rebuilder.Build build) {
    build.site().ifPresent(folder -> site.set(Optional.of(folder)));
    boolean stale = build.site().isEmpty();
    log.accept(String.format(Locale.ROOT, "archdoc: build %d %s in %.2fs (%s%s)%s", build.number(),
        stale ? "failed, still serving the last good site," : "done",
        build.took().toNanos() / 1e9,
        build.code(),
        build.stages().isEmpty() ? "" : "; " + build.stages(),
        build.errors().isEmpty() ? "" : ", " + build.errors().size() + " errors"));
    build.errors().forEach(error -> log.accept(error.toString()));
    // after the log, so whoever reacts to the event (a test, a person) finds the build's line written
    events.published(build, stale);
  }

  /** The folders a build reads, from {@code archdoc.yml} as it is now (none when it is broken). */
  private List<Path> watchedTrees() {
    List<Path> trees = new ArrayList<>();
    ConfigResult config = ConfigReader.read(root);
    trees.add(root.resolve(config.config().map(ArchdocConfig::theme).orElse(ArchdocConfig.DEFAULT_THEME)));
    if (config.ok()) {
      for (SystemConfig system : config.config().orElseThrow().systems()) {
        trees.add(root.resolve(system.docs()));
        system.decisions().forEach(folder -> trees.add(root.resolve(folder)));
        system.sources().forEach(folder -> trees.add(root.resolve(folder)));
      }
    }
    return trees;
  }

  /** Stops watching and serving, shuts AsciidoctorJ down and removes the site folders; once. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      watcher.close();
    } catch (IOException e) {
      // closing a watch service does not fail in a way worth reporting at shutdown
    }
    try {
      watching.join(Duration.ofSeconds(30).toMillis()); // let a running rebuild finish
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
    events.close();
    rebuilder.close();
  }
}
