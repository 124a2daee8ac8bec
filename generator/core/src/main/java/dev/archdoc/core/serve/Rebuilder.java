package dev.archdoc.core.serve;

import dev.archdoc.core.build.SiteBuild;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.site.Renderers;
import dev.archdoc.core.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
   * One build's outcome: the site to serve (empty when this build wrote none), its errors, and the
   * check of the site's links, to run once pages were told to reload.
   */
  record Build(int number, Optional<Path> site, List<Finding> errors, boolean docletRan, Duration took, String stages,
      Optional<SiteBuilder.LinkCheck> linkCheck) {

    Build {
      errors = List.copyOf(errors);
    }

    Build(int number, List<Finding> errors, boolean docletRan, Duration took) {
      this(number, Optional.empty(), errors, docletRan, took, "", Optional.empty());
    }
  }

  private final Path root;
  private final Path[] outs;
  private final Renderers renderers;
  private final CodeMemo code;
  private final PageReads pages = new PageReads();
  private int number;

  Rebuilder(Path root) {
    this.root = root.toAbsolutePath().normalize();
    Path base = this.root.resolve("target/archdoc-serve");
    this.outs = new Path[] {base.resolve("site-a"), base.resolve("site-b")};
    this.renderers = Renderers.prepare(this.root, SiteBuild.cache(this.root));
    this.code = new CodeMemo(new CodeCache(SiteBuild.codeCache(this.root)));
  }

  /** Builds after {@code changed} (absolute paths; empty for the first build). */
  Build build(Set<Path> changed) {
    long start = System.nanoTime();
    boolean doclet = code.forgetIfCodeChanged(changed);
    number++;
    Path out = outs[number % 2];
    try {
      SiteBuild.Outcome outcome = SiteBuild.run(new SiteBuild.Request(root, out, null, List.of()), renderers, code, true, pages);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (outcome.site().isEmpty()) {
        return new Build(number, outcome.configProblems(), doclet, took);
      }
      List<Finding> errors = outcome.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      SiteBuilder.Result site = outcome.site().get();
      String stages = "load " + seconds(outcome.load()) + ", "
          + outcome.timings().stream().map(Object::toString).collect(Collectors.joining(", "));
      return new Build(number, Optional.of(site.out()), errors, doclet, took, stages, site.linkCheck());
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
      Finding failure = new Finding(dev.archdoc.core.finding.DriftRule.BUILD.id(), Severity.ERROR, Path.of("."), 0, "the build failed: " + message);
      return new Build(number, List.of(failure), doclet, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2fs", duration.toNanos() / 1e9);
  }

  int docletRuns() {
    return code.docletRuns();
  }

  @Override
  public void close() {
    renderers.close();
  }
}
