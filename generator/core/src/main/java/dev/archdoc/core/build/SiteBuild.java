package dev.archdoc.core.build;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.CachePruner;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.check.DriftCheck;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.site.Renderers;
import dev.archdoc.core.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a project's site from its root folder: the door of this package. */
@Decision(value = "ADR-2", note = "read, link, check, render, write: the stages in order")
public final class SiteBuild {

  private SiteBuild() {}

  /**
   * What to build.
   *
   * @param root the project root
   * @param out where the site goes; null for {@code <root>/site}
   * @param version the version the site documents, or null
   * @param extraClasspath added to every system's class path (the Maven plugin's reactor class path)
   * @param keepUnchangedSite whether a build that would write the same site as the last one (no
   *     file it reads changed, and the site folder is as that build left it) leaves the site as it
   *     is and reports that build's findings again; the outcome then has no project model
   */
  public record Request(Path root, Path out, String version, List<Path> extraClasspath, boolean keepUnchangedSite) {

    public Request {
      root = root.toAbsolutePath().normalize();
      extraClasspath = List.copyOf(extraClasspath);
    }

    /** A request that always builds, and whose outcome always has the project model. */
    public Request(Path root, Path out, String version, List<Path> extraClasspath) {
      this(root, out, version, extraClasspath, false);
    }

    Path cache() {
      return SiteBuild.cache(root);
    }

    Path outOrDefault() {
      return out == null ? root.resolve("site") : out.toAbsolutePath().normalize();
    }
  }

  /**
   * What came of it.
   *
   * @param site the built site, empty when archdoc.yml could not be used
   * @param configProblems why there is no site, when there is none
   * @param findings the drift check's findings and the built site's broken links, sorted
   * @param load how long reading and linking the project took
   * @param project the project the site was built from, empty when archdoc.yml could not be used
   *     (the Maven report summarises its systems and decisions)
   * @param timings every stage in order, from reading the configuration to the site's link check
   */
  public record Outcome(
      Optional<SiteBuilder.Result> site, List<Finding> configProblems, List<Finding> findings, Duration load,
      Optional<ProjectModel> project, List<SiteBuilder.Timing> timings) {

    public Outcome {
      configProblems = List.copyOf(configProblems);
      findings = List.copyOf(findings);
      timings = List.copyOf(timings);
    }
  }

  /**
   * Reads the project, checks it, and writes its site atomically (the old site stays on failure),
   * reusing what the build cache kept (ADR 15).
   */
  public static Outcome run(Request request) throws IOException {
    long start = System.nanoTime();
    Optional<UnchangedSite> unchanged = request.keepUnchangedSite() ? Optional.of(new UnchangedSite(request)) : Optional.empty();
    Optional<Outcome> kept = unchanged.flatMap(site -> site.reuse(start));
    if (kept.isPresent()) {
      return kept.get(); // before AsciidoctorJ starts: that alone takes seconds
    }
    Instant started = Instant.now();
    try (Renderers renderers = Renderers.prepare(request.root(), request.cache())) {
      Outcome outcome = run(request, renderers, new CodeCache(codeCache(request.root())));
      unchanged.ifPresent(site -> site.remember(outcome));
      return outcome;
    } finally {
      CachePruner.afterRun(cacheRoot(request.root()), started); // a kept site used nothing else: no prune then
    }
  }

  /**
   * As {@link #run(Request)}, with renderers the caller owns (and closes) and keeps warm between
   * builds, and the code read through {@code code}: what {@code archdoc serve} rebuilds with.
   *
   * @param renderers made by {@link Renderers#prepare} with this request's root and {@link #cache}
   */
  public static Outcome run(Request request, Renderers renderers, Pipeline.CodeReader code) throws IOException {
    return run(request, renderers, code, false);
  }

  /**
   * As {@link #run(Request, Renderers, Pipeline.CodeReader)}; with {@code updateInPlace} the site
   * folder (one nobody is looking at) is updated file by file and its links are not checked: the
   * outcome's findings lack broken links until the caller runs {@link SiteBuilder.Result#linkCheck}
   * ({@code archdoc serve} reloads pages first).
   */
  public static Outcome run(Request request, Renderers renderers, Pipeline.CodeReader code, boolean updateInPlace)
      throws IOException {
    return run(request, renderers, code, updateInPlace, new PageReads());
  }

  /**
   * As {@link #run(Request, Renderers, Pipeline.CodeReader, boolean)}, taking the doc pages whose
   * text did not change from {@code reads}.
   */
  public static Outcome run(Request request, Renderers renderers, Pipeline.CodeReader code, boolean updateInPlace,
      PageReads reads) throws IOException {
    long start = System.nanoTime();
    Loaded loaded = Pipeline.load(request.root(), new Pipeline.Options(request.extraClasspath()), code, reads);
    Duration load = Duration.ofNanos(System.nanoTime() - start);
    if (loaded.project().isEmpty()) {
      return new Outcome(Optional.empty(), loaded.configProblems(), List.of(), load, Optional.empty(), List.of());
    }
    ProjectModel model = loaded.project().get();
    List<SiteBuilder.Timing> timings = new ArrayList<>();
    loaded.timings().forEach((stage, time) -> timings.add(new SiteBuilder.Timing(stage, time)));
    long checkStart = System.nanoTime();
    CheckResult drift = DriftCheck.run(model);
    timings.add(new SiteBuilder.Timing("drift check", Duration.ofNanos(System.nanoTime() - checkStart)));
    SiteBuilder.Result site = SiteBuilder.build(model,
        new SiteBuilder.Options(request.outOrDefault(), request.version(), request.cache(), drift.findings(),
            updateInPlace),
        renderers);
    List<Finding> all = new ArrayList<>(drift.findings());
    all.addAll(site.findings());
    timings.addAll(site.timings());
    return new Outcome(Optional.of(site), List.of(), all.stream().sorted().distinct().toList(), load,
        Optional.of(model), timings);
  }

  /**
   * Where a project's rendered diagrams are cached between builds (and between serve's rebuilds);
   * rendered pages are cached beside it.
   */
  public static Path cache(Path root) {
    return root.toAbsolutePath().normalize().resolve("target/archdoc-cache/diagrams");
  }

  /** The project's build cache: every kind of entry lives in a folder of its own under it (ADR 15, 16). */
  public static Path cacheRoot(Path root) {
    return root.toAbsolutePath().normalize().resolve("target/archdoc-cache");
  }

  /** Where a project's code models are cached between builds, one entry per doclet request. */
  public static Path codeCache(Path root) {
    return root.toAbsolutePath().normalize().resolve("target/archdoc-cache/code");
  }
}
