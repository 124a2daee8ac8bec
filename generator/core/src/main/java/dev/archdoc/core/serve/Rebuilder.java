package dev.archdoc.core.serve;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.site.Renderers;
import dev.archdoc.core.site.SiteBuilder;
import dev.archdoc.core.cache.CachePruner;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the site again and again in one warm JVM: one {@link Renderers} for the whole session
 * (AsciidoctorJ started once, PlantUML loaded once, the diagram cache shared) and the last code
 * model reused while no Java file changed. Each build goes to the other of two folders, so the
 * site being served is never written to, and a failed build leaves it as it was.
 */
final class Rebuilder implements AutoCloseable {

  /**
   * One build's outcome: the site to serve (empty when this build wrote none) and its errors, the
   * site's broken links among them.
   */
  record Build(int number, Optional<Path> site, List<Finding> errors, String code, Duration took, String stages) {

    Build {
      errors = List.copyOf(errors);
    }

    Build(int number, List<Finding> errors, String code, Duration took) {
      this(number, Optional.empty(), errors, code, took, "");
    }
  }

  private final Path root;
  private final Path base;
  private final Path[] outs;
  private final Renderers renderers;
  private final CodeMemo code;
  private final SiteBuild.Context context;
  private int number;
  private Instant pruneAfter;

  Rebuilder(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.base = this.root.resolve("target/archdoc-serve");
    this.outs = new Path[] {base.resolve("site-a"), base.resolve("site-b")};
    this.renderers = Renderers.prepare(this.root, SiteBuild.cache(this.root));
    this.code = new CodeMemo(new CodeCache(SiteBuild.codeCache(this.root)));
    this.context = SiteBuild.Context.warm(renderers, code, new PageReads());
  }

  /** Builds after {@code changed} (absolute paths; empty for the first build). */
  Build build(Set<Path> changed) {
    long start = System.nanoTime();
    Instant started = Instant.now();
    code.forgetIfCodeChanged(changed);
    number++;
    if (number == 1) {
      // once a session: later rebuilds use what the first one used, and a walk of the cache per save costs time
      pruneAfter = started;
    }
    Path out = outs[number % 2];
    try {
      SiteBuild.Outcome outcome = SiteBuild.run(
          new SiteBuild.Request(root, out, null, List.of(), false, SiteBuild.Output.UPDATE_IN_PLACE), context);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String doclet = code.takeNote();
      if (!outcome.configProblems().isEmpty()) {
        return new Build(number, outcome.configProblems(), doclet, took);
      }
      List<Finding> errors = outcome.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      SiteBuilder.Result site = outcome.site().get();
      String stages = "load " + seconds(outcome.load()) + ", "
          + outcome.timings().stream().map(Object::toString).collect(Collectors.joining(", "))
          + renderedNote(site.renderedUnits());
      return new Build(number, Optional.of(site.out()), errors, doclet, took, stages);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
      Finding failure = new Finding(dev.archdoc.core.finding.DriftRule.BUILD.id(), Severity.ERROR, Path.of("."), 0, "the build failed: " + message);
      return new Build(number, List.of(failure), code.takeNote(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Which units a rebuild rendered, when they are few: what a save cost, by name. */
  private static String renderedNote(List<String> units) {
    return units.isEmpty() || units.size() > RENDERED_NAMED ? "" : "; rendered " + String.join(", ", units);
  }

  /** A rebuild that rendered at most this many units names them in its log line. */
  private static final int RENDERED_NAMED = 12;

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2fs", duration.toNanos() / 1e9);
  }

  int docletRuns() {
    return code.docletRuns();
  }

  /** Cuts the build cache after the session's first build (ADR 17); then does nothing. */
  void pruneCache() {
    if (pruneAfter != null) {
      CachePruner.afterRun(SiteBuild.cacheRoot(root), pruneAfter);
      pruneAfter = null;
    }
  }

  /** Shuts AsciidoctorJ down and deletes the two site folders: they are the session's only. */
  @Override
  public void close() {
    renderers.close();
    try {
      if (!Files.isSymbolicLink(base)) {
        AtomicFiles.deleteTree(base);
      }
    } catch (IOException e) {
      // a folder left in target/ is cleaned by the next session or mvn clean
    }
  }
}
