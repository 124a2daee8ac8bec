package dev.archdoc.core.orchestration;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.CachePruner;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.check.DriftCheck;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.site.Renderers;
import dev.archdoc.core.site.ParentSite;
import dev.archdoc.core.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole pipeline in one method, {@link #run(Request, Context)}: configuration, then code and
 * docs (in parallel), link, check, render, link check, and write. Every command is a thin caller:
 * {@code check} stops before the write, {@code build} and {@code publish} replace a site folder,
 * {@code serve} updates one of its two folders in place. So {@code build} and {@code check} report
 * the same findings for the same tree (ADR-24).
 */
@Decision(value = "ADR-24", note = "the whole pipeline in one method; check is build without the write")
public final class SiteBuild {

  private SiteBuild() {}

  /** What becomes of the rendered site. */
  public enum Output {
    /** Nothing is written: {@code archdoc check}. */
    NONE,
    /** Written aside and swapped in whole: {@code archdoc build}, {@code publish}. */
    REPLACE,
    /** One of {@code archdoc serve}'s folders, updated file by file. */
    UPDATE_IN_PLACE
  }

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
   * @param output what becomes of the site
   * @param parent the site this one is part of (the Maven site of {@code mvn site}), which every
   *     page links back to, or null
   */
  public record Request(Path root, Path out, String version, List<Path> extraClasspath, boolean keepUnchangedSite,
      Output output, ParentSite parent) {

    public Request {
      root = root.toAbsolutePath().normalize();
      extraClasspath = List.copyOf(extraClasspath);
      Objects.requireNonNull(output, "output");
    }

    /** A request whose site is a site of its own. */
    public Request(Path root, Path out, String version, List<Path> extraClasspath, boolean keepUnchangedSite,
        Output output) {
      this(root, out, version, extraClasspath, keepUnchangedSite, output, null);
    }

    /** A build that replaces the site folder. */
    public Request(Path root, Path out, String version, List<Path> extraClasspath, boolean keepUnchangedSite) {
      this(root, out, version, extraClasspath, keepUnchangedSite, Output.REPLACE);
    }

    /** A request that always builds, and whose outcome always has the project model. */
    public Request(Path root, Path out, String version, List<Path> extraClasspath) {
      this(root, out, version, extraClasspath, false, Output.REPLACE);
    }

    /** The check: the whole pipeline, nothing written. */
    public static Request check(Path root, List<Path> extraClasspath) {
      return new Request(root, null, null, extraClasspath, false, Output.NONE);
    }

    /** This request, its site part of {@code parent}, which every page links back to. */
    public Request withParent(ParentSite parent) {
      return new Request(root, out, version, extraClasspath, keepUnchangedSite, output, parent);
    }

    Path outOrDefault() {
      return out == null ? root.resolve("site") : out.toAbsolutePath().normalize();
    }
  }

  /**
   * The caches and warm renderers a run reads through, in one value: the code models (on disk,
   * or, in {@code archdoc serve}, the last one in memory), the doc pages kept from the last read,
   * and the renderers (AsciidoctorJ started before the code is read, the page, diagram and link
   * caches). Close it to shut down the renderers it made.
   */
  public static final class Context implements AutoCloseable {

    private final Pipeline.CodeReader code;
    private final PageReads pages;
    private final Renderers renderers;
    private final boolean ownsRenderers;

    private Context(Pipeline.CodeReader code, PageReads pages, Renderers renderers, boolean ownsRenderers) {
      this.code = code;
      this.pages = pages;
      this.renderers = renderers;
      this.ownsRenderers = ownsRenderers;
    }

    /** A context for one run: the build cache on disk, renderers started now. */
    public static Context cold(Path root) {
      return cold(root, cache(root));
    }

    /** As {@link #cold(Path)}, with the rendered diagrams (and pages and links beside them) in {@code cache}. */
    public static Context cold(Path root, Path cache) {
      return new Context(new CodeCache(codeCache(root)), new PageReads(), Renderers.prepare(root, cache), true);
    }

    /**
     * A context kept between runs ({@code archdoc serve}): the caller owns the renderers and
     * closes them.
     *
     * @param renderers made by {@link Renderers#prepare} with the project's root and {@link #cache}
     */
    public static Context warm(Renderers renderers, Pipeline.CodeReader code, PageReads pages) {
      return new Context(code, pages, renderers, false);
    }

    Pipeline.Options reading(List<Path> extraClasspath) {
      return new Pipeline.Options(extraClasspath, code, pages);
    }

    @Override
    public void close() {
      if (ownsRenderers) {
        renderers.close();
      }
    }
  }

  /**
   * What came of it.
   *
   * @param site the written site; empty when archdoc.yml could not be used or nothing was written
   * @param configProblems why nothing ran, when archdoc.yml could not be used
   * @param findings every finding: the drift check's, rendering's and the site's broken links, sorted
   * @param load how long reading and linking the project took
   * @param project the project, empty when archdoc.yml could not be used (the Maven report
   *     summarises its systems and decisions) or an unchanged site was kept
   * @param timings every stage in order, from reading the configuration to writing the site
   */
  public record Outcome(
      Optional<SiteBuilder.Result> site, List<Finding> configProblems, List<Finding> findings, Duration load,
      Optional<ProjectModel> project, List<SiteBuilder.Timing> timings) {

    public Outcome {
      configProblems = List.copyOf(configProblems);
      findings = List.copyOf(findings);
      timings = List.copyOf(timings);
    }

    /** The findings as a check result: its exit code, summary and reports. */
    public CheckResult check() {
      return configProblems.isEmpty() ? new CheckResult(findings, false) : CheckResult.brokenConfig(configProblems);
    }
  }

  /**
   * Runs the pipeline with a context made for this run, reusing what the build cache kept (ADR-15);
   * a build whose inputs and site did not change since the last one writes nothing.
   */
  public static Outcome run(Request request) throws IOException {
    long start = System.nanoTime();
    Optional<UnchangedSite> unchanged = request.keepUnchangedSite() && request.output() == Output.REPLACE
        ? Optional.of(new UnchangedSite(request)) : Optional.empty();
    Optional<Outcome> kept = unchanged.flatMap(site -> site.reuse(start));
    if (kept.isPresent()) {
      return kept.get(); // before AsciidoctorJ starts: that alone takes seconds
    }
    Instant started = Instant.now();
    try (Context context = Context.cold(request.root())) {
      Outcome outcome = run(request, context);
      unchanged.ifPresent(site -> site.remember(outcome));
      return outcome;
    } finally {
      CachePruner.afterRun(cacheRoot(request.root()), started); // a kept site used nothing else: no prune then
    }
  }

  /** The whole pipeline, stage by stage. */
  public static Outcome run(Request request, Context context) throws IOException {
    Path root = request.root();
    Path out = request.outOrDefault();
    Stages stages = new Stages();

    ConfigResult configured = ConfigReader.read(root);
    if (!configured.ok()) {
      List<Finding> problems = configured.problems().stream().map(ConfigProblem::toFinding).toList();
      return new Outcome(Optional.empty(), problems, List.of(), stages.since(), Optional.empty(), List.of());
    }
    ArchdocConfig config = configured.config().orElseThrow();
    stages.lap("config");

    Map<String, Duration> reading = new LinkedHashMap<>();
    Loaded loaded = Pipeline.read(root, config, context.reading(request.extraClasspath()), reading); // code || docs, then link
    if (loaded.project().isEmpty()) { // code archdoc cannot read at all (newer than its JDK): one finding, exit 2
      return new Outcome(Optional.empty(), loaded.configProblems(), List.of(), stages.since(), Optional.empty(), List.of());
    }
    ProjectModel project = loaded.project().get();
    stages.add(reading);
    Duration load = stages.since();

    CheckResult drift = DriftCheck.run(project);
    stages.lap("drift check");

    SiteBuilder.Rendered rendered = SiteBuilder.render(project, request.version(), request.parent(), out, context.renderers);
    rendered.timings().forEach(part -> stages.add(Map.of(part.stage(), part.time())));

    List<Finding> broken = onceAtTheSource(drift.findings(),
        SiteBuilder.checkLinks(rendered, request.parent(), shownAs(root, out), context.renderers));
    stages.lap("link check");

    List<Finding> siteFindings = DriftCheck.levelled(config, sorted(rendered.findings(), broken));
    List<Finding> findings = sorted(drift.findings(), siteFindings);
    if (request.output() == Output.NONE) {
      return new Outcome(Optional.empty(), List.of(), findings, load, Optional.of(project), stages.timings());
    }

    SiteBuilder.write(rendered.withDriftPage(findings), out, root, request.output() == Output.UPDATE_IN_PLACE
        ? SiteBuilder.Write.UPDATE_IN_PLACE : SiteBuilder.Write.REPLACE, context.renderers);
    stages.lap("write");
    SiteBuilder.Result site = new SiteBuilder.Result(out, rendered.htmlPages(), siteFindings, stages.timings(),
        rendered.units(), rendered.renderedUnits());
    return new Outcome(Optional.of(site), List.of(), findings, load, Optional.of(project), stages.timings());
  }

  /**
   * The site's broken links less those the check of the sources already reported at the same file
   * and line: a page's dead link is found in its Markdown and again in the built page, which the
   * site marks with the Markdown line ({@code data-archdoc-source}); a reader wants it once.
   */
  static List<Finding> onceAtTheSource(List<Finding> sourceFindings, List<Finding> siteFindings) {
    String rule = dev.archdoc.core.finding.DriftRule.BROKEN_LINK.id();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Finding finding : sourceFindings) {
      if (finding.rule().equals(rule)) {
        reported.add(finding.file().normalize() + ":" + finding.line());
      }
    }
    return siteFindings.stream()
        .filter(f -> !(f.rule().equals(rule) && f.line() > 0 && reported.contains(f.file().normalize() + ":" + f.line())))
        .toList();
  }

  /**
   * How findings name the site folder: relative to the project when it is inside it, else by its
   * folder name alone (findings never show the machine's paths).
   */
  private static Path shownAs(Path root, Path out) {
    return out.startsWith(root) ? root.relativize(out) : out.getFileName();
  }

  @SafeVarargs
  private static List<Finding> sorted(List<Finding>... lists) {
    return Stream.of(lists).flatMap(List::stream).sorted().distinct().toList();
  }

  /** How long each stage took, in order; a stage that times its parts itself adds them. */
  private static final class Stages {

    private final long started = System.nanoTime();
    private long last = started;
    /** Each stage's time, in the order they ran; {@link Pipeline#read} adds its own. */
    final Map<String, Duration> times = new LinkedHashMap<>();

    /** Ends the stage running since the last one ended. */
    void lap(String stage) {
      long now = System.nanoTime();
      times.merge(stage, Duration.ofNanos(now - last), Duration::plus);
      last = now;
    }

    /** Adds the parts of a stage that timed itself, and starts the next one now. */
    void add(Map<String, Duration> parts) {
      parts.forEach((stage, time) -> times.merge(stage, time, Duration::plus));
      last = System.nanoTime();
    }

    Duration since() {
      return Duration.ofNanos(System.nanoTime() - started);
    }

    List<SiteBuilder.Timing> timings() {
      List<SiteBuilder.Timing> timings = new ArrayList<>();
      times.forEach((stage, time) -> timings.add(new SiteBuilder.Timing(stage, time)));
      return timings;
    }
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
