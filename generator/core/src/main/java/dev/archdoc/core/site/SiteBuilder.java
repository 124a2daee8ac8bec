package dev.archdoc.core.site;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageFormat;
import dev.archdoc.core.docs.page.PageRenderer;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.core.site.linkcheck.LinkChecker;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a linked project into a static site: the door of the site stage.
 *
 * <p>{@link #build} makes every page (docs, decisions, system, literate views, tours, diagrams,
 * drift, homes), wraps each in the theme's layout, writes the search index and the theme's assets,
 * checks every link of the result, and only then swaps the new site in place of the old one.
 * Pages that need no AsciidoctorJ render first, on two threads, while AsciidoctorJ starts.
 */
public final class SiteBuilder {

  private SiteBuilder() {}

  /**
   * @param out the site folder to (re)place
   * @param version the version the site is built for, shown in every page's header; null for none
   * @param cache where rendered diagrams are kept between builds
   * @param findings the drift findings to publish on the drift page (the last check's result);
   *     the link checker's are added
   * @param updateInPlace whether {@code out} is a folder nobody is looking at (one of {@code archdoc
   *     serve}'s two), updated file by file: only the files that differ from what the same
   *     renderers last wrote there are written, and the link check is left to the caller ({@link
   *     Result#linkCheck}), so pages reload first and show broken links a moment later. Otherwise
   *     ({@code build}) the site is written aside, its links checked, and only then swapped in, so
   *     it has them on its drift page from the start.
   */
  public record Options(Path out, String version, Path cache, List<Finding> findings, boolean updateInPlace) {
    public Options {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(cache, "cache");
      findings = List.copyOf(findings);
    }

    /** Options that check the site's links before it replaces the old one. */
    public Options(Path out, String version, Path cache, List<Finding> findings) {
      this(out, version, cache, findings, false);
    }
  }

  /**
   * The link check of a site already written in place: checks every link and, when some are broken,
   * rewrites the site's drift page (atomically) to list them too, as a build that checked first
   * would have written it.
   */
  public static final class LinkCheck {

    private final LinkChecker checker;
    private final Path site;
    private final Path shownAs;
    private final Layout layout;
    private final Theme theme;
    private final List<Finding> shown;

    private LinkCheck(LinkChecker checker, Path site, Path shownAs, Layout layout, Theme theme, List<Finding> shown) {
      this.checker = checker;
      this.site = site;
      this.shownAs = shownAs;
      this.layout = layout;
      this.theme = theme;
      this.shown = List.copyOf(shown);
    }

    /** @return the broken links found, each an error at the page and line it is written on */
    public List<Finding> run() throws IOException {
      List<Finding> broken = checker.checkSite(site, shownAs);
      if (!broken.isEmpty()) {
        List<Finding> all = new ArrayList<>(shown);
        all.addAll(broken);
        String drift = new String(layout.wrap(DriftPage.page(theme, all)), StandardCharsets.UTF_8);
        AtomicFiles.writeString(site.resolve(SiteMap.DRIFT), drift);
      }
      return broken;
    }
  }

  /** How long one stage took; stages marked parallel overlapped others. */
  public record Timing(String stage, Duration time) {
    @Override
    public String toString() {
      return stage + " " + String.format(java.util.Locale.ROOT, "%.2fs", time.toNanos() / 1e9);
    }
  }

  /**
   * @param out the site folder written
   * @param pages how many HTML pages it holds
   * @param findings problems met rendering (diagrams, snippets, pages) and the built site's broken
   *     links; the findings passed in are not repeated
   * @param timings per stage, in order
   * @param units how many units of rendering work (a page, or a few pages made together) the site has
   * @param unitsRendered how many of them were rendered; the others came from the page cache
   * @param linkCheck the link check still to run, when {@link Options#updateInPlace} asked for it
   *     (the findings then lack broken links)
   */
  public record Result(Path out, int pages, List<Finding> findings, List<Timing> timings, int units, int unitsRendered,
      Optional<LinkCheck> linkCheck) {
    public Result {
      findings = List.copyOf(findings);
      timings = List.copyOf(timings);
    }
  }

  /** Builds with renderers made now; AsciidoctorJ, if needed, starts only here. */
  public static Result build(ProjectModel project, Options options) throws IOException {
    boolean asciiDoc = project.systems().stream()
        .flatMap(s -> s.docs().allPages().stream())
        .anyMatch(page -> page.format() == PageFormat.ASCIIDOC);
    try (Renderers renderers = Renderers.of(project.root(), options.cache(), asciiDoc)) {
      return build(project, options, renderers);
    }
  }

  /**
   * Builds with renderers {@linkplain Renderers#prepare prepared} before the project was read, so
   * AsciidoctorJ started early. The caller closes them.
   */
  public static Result build(ProjectModel project, Options options, Renderers renderers) throws IOException {
    List<Timing> timings = new ArrayList<>();
    Path out = options.out().toAbsolutePath().normalize();
    SiteWriter.checkReplaceable(out, project.root(), SiteMap.SEARCH_INDEX);
    Theme theme = new Theme(project.root().resolve(project.config().theme()));
    SiteMap map = new SiteMap(SiteMap.commonDocsRoot(project.config().systems()), project.systems().size() > 1);
    boolean asciiDoc = project.systems().stream()
        .flatMap(s -> s.docs().allPages().stream())
        .anyMatch(page -> page.format() == PageFormat.ASCIIDOC);
    PageRenderer renderer = renderers.pages;
    DiagramRenderer diagrams = renderers.diagrams;
    CompletableFuture<Duration> asciiDocStart = asciiDoc ? renderer.warmUpAsciiDoc() : renderers.asciiDocStart;
    Rendering r = new Rendering(project, map, theme, renderer, diagrams, LiterateExclusions.read(project));

    Layout layout = new Layout(theme, map, project, options.version());

    long start = System.nanoTime();
    PageKeys keys = new PageKeys(project, options.version(), out);
    timings.add(new Timing("page keys", Duration.ofNanos(System.nanoTime() - start)));
    start = System.nanoTime();
    Rendered rendered = renderAll(r, layout, keys, renderers.pageStore, project, asciiDoc);
    timings.add(new Timing("pages (" + rendered.renderedUnits() + " of " + rendered.units()
        + " units rendered, the rest cached)", Duration.ofNanos(System.nanoTime() - start)));
    timings.add(new Timing("diagrams (within pages)", Duration.ofNanos(r.diagramNanos.get())));
    if (asciiDoc) {
      timings.add(new Timing("asciidoctorj start (parallel)", asciiDocStart.join()));
    }

    start = System.nanoTime();
    Map<String, byte[]> output = new TreeMap<>();
    List<Map.Entry<String, String>> searchEntries = new ArrayList<>();
    for (PageStore.Built built : rendered.pages()) {
      SitePage page = built.page();
      searchEntries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(page.path(), built.searchEntry()));
      if (output.containsKey(page.path())) {
        // generated pages are listed first: a written page on their path (a decisions/index.md) yields
        r.findings.add(Finding.warning(DriftRule.BROKEN_LINK.id(), Path.of(page.path()), 0,
            "\"" + page.title() + "\" is not published: archdoc's own page has this path; rename the file"));
        continue;
      }
      output.put(page.path(), built.html());
    }
    List<Finding> rendering = r.findings.stream().sorted().distinct().toList();
    List<Finding> shown = new ArrayList<>(options.findings());
    shown.addAll(rendering);
    output.put(SiteMap.SEARCH_INDEX, SearchIndex.script(searchEntries).getBytes(StandardCharsets.UTF_8));
    theme.assets().forEach((name, bytes) -> output.put(SiteMap.ASSETS + name, bytes));
    copyDocAssets(project, map, output);
    output.put(SiteMap.DRIFT, layout.wrap(DriftPage.page(theme, shown)));
    Path shownAs = out.startsWith(project.root()) ? project.root().relativize(out) : out;
    int htmlPages = (int) output.keySet().stream().filter(p -> p.endsWith(".html")).count();
    if (options.updateInPlace()) {
      int changed = renderers.folders.update(out, output);
      timings.add(new Timing("write (" + changed + " files changed)", Duration.ofNanos(System.nanoTime() - start)));
      return new Result(out, htmlPages, rendering, timings, rendered.units(), rendered.renderedUnits(),
          Optional.of(new LinkCheck(renderers.links, out, shownAs, layout, theme, shown)));
    }
    Path staging = SiteWriter.stage(out);
    try {
      SiteWriter.write(staging, output);
      timings.add(new Timing("write", Duration.ofNanos(System.nanoTime() - start)));

      start = System.nanoTime();
      List<Finding> broken = renderers.links.checkSite(staging, shownAs);
      timings.add(new Timing("link check", Duration.ofNanos(System.nanoTime() - start)));
      if (!broken.isEmpty()) {
        shown.addAll(broken);
        SiteWriter.write(staging, Map.of(SiteMap.DRIFT, layout.wrap(DriftPage.page(theme, shown))));
      }
      SiteWriter.swap(staging, out);
      List<Finding> found = new ArrayList<>(rendering);
      found.addAll(broken);
      return new Result(out, htmlPages, found.stream().sorted().distinct().toList(), timings, rendered.units(),
          rendered.renderedUnits(), Optional.empty());
    } finally {
      AtomicFiles.deleteTree(staging);
    }
  }

  /**
   * One unit of rendering work: its cache key (see {@link PageKeys}), what it renders, and
   * whether people wrote its pages (they yield their path to generated ones).
   */
  private record Job(String key, Callable<List<SitePage>> pages, boolean written) {}

  /** Every page in site order, and how many units of work had to render rather than come from the cache. */
  private record Rendered(List<PageStore.Built> pages, int units, int renderedUnits) {}

  /**
   * Every page, rendered on two threads or taken from the page cache, generated pages listed before
   * the pages people wrote. Jobs that may need AsciidoctorJ (AsciiDoc ADRs and pages, homes) are
   * queued last, so the code pages keep both cores busy while it starts.
   */
  private static Rendered renderAll(Rendering r, Layout layout, PageKeys keys, PageStore store, ProjectModel project,
      boolean asciiDoc) throws IOException {
    List<Job> jobs = new ArrayList<>();
    List<Job> asciiDocJobs = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      CodePages code = new CodePages(r, system);
      jobs.add(new Job(keys.generated(system, "code overview"), code::overviewPages, false));
      for (CodeType type : code.types()) {
        jobs.add(new Job(keys.generated(system, "type " + type.qualifiedName()), () -> List.of(code.typePage(type)), false));
      }
      LiteratePages literate = new LiteratePages(r, system);
      jobs.add(new Job(keys.generated(system, "source index"),
          () -> List.of(SourceIndexPage.page(r, system, literate.files())), false));
      for (SourceFile file : literate.files()) {
        jobs.add(new Job(keys.generated(system, "source " + file.path()), () -> List.of(literate.page(file)), false));
      }
      jobs.add(new Job(keys.fromWrittenPages("tours of " + system.name()), () -> new TourPages(r, system).pages(), false));
      jobs.add(new Job(keys.generated(system, "diagrams"), () -> List.of(DiagramsPage.page(r, system)), false));
      jobs.add(new Job(keys.generated(system, "pages index"), () -> PagesIndex.pages(r, system), false));
      DecisionPages decisions = new DecisionPages(r, system);
      for (Adr adr : decisions.adrs()) {
        Optional<Page> body = system.docs().bodyOf(adr);
        String key = body.map(page -> keys.page(system, "decision " + adr.id(), page))
            .orElseGet(() -> keys.generated(system, "decision " + adr.id()));
        boolean adoc = body.map(page -> page.format() == PageFormat.ASCIIDOC).orElse(false);
        (adoc ? asciiDocJobs : jobs).add(new Job(key, () -> List.of(decisions.adrPage(adr)), false));
      }
      jobs.add(new Job(keys.generated(system, "decision lists"), decisions::lists, false));
      DocPages docs = new DocPages(r);
      for (Page page : system.docs().pages()) {
        (page.format() == PageFormat.ASCIIDOC ? asciiDocJobs : jobs)
            .add(new Job(keys.page(system, "page " + page.file(), page), () -> docs.page(system, page), true));
      }
    }
    asciiDocJobs.add(new Job(keys.fromWrittenPages("homes"), () -> new DocPages(r).homes(), false));
    jobs.addAll(asciiDocJobs);
    AtomicInteger renderedUnits = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "archdoc-site");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<PageStore.Unit>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> unitOf(job, r, layout, store, renderedUnits)));
      }
      List<PageStore.Built> generated = new ArrayList<>();
      List<PageStore.Built> written = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        PageStore.Unit unit = futures.get(i).get();
        (jobs.get(i).written() ? written : generated).addAll(unit.pages());
        r.findings.addAll(unit.findings());
      }
      store.endBuild();
      generated.addAll(written);
      return new Rendered(generated, jobs.size(), renderedUnits.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering the site", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A unit's pages, wrapped in the layout, and its findings: from the page cache, or rendered and kept there. */
  private static PageStore.Unit unitOf(Job job, Rendering r, Layout layout, PageStore store, AtomicInteger renderedUnits)
      throws Exception {
    Optional<PageStore.Unit> kept = store.get(job.key());
    if (kept.isPresent()) {
      return kept.get();
    }
    renderedUnits.incrementAndGet();
    Map.Entry<List<SitePage>, List<Finding>> made = r.unit(job.pages());
    List<PageStore.Built> built = new ArrayList<>();
    for (SitePage page : made.getKey()) {
      built.add(PageStore.Built.of(page, layout.wrap(page)));
    }
    PageStore.Unit unit = new PageStore.Unit(built, made.getValue());
    store.put(job.key(), unit);
    return unit;
  }

  private static boolean hasAsciiDoc(java.util.Collection<Page> pages) {
    return pages.stream().anyMatch(page -> page.format() == PageFormat.ASCIIDOC);
  }

  /**
   * The images and other files the docs link to, copied to their mirrored place so pages can show
   * them; nothing else of the docs folders is published (a {@code CNAME}, {@code Gemfile} or
   * {@code _config.yml} beside the docs is the project's, not the site's: a {@code CNAME} pushed
   * to gh-pages would take over the project's custom domain). A file of a decisions folder outside
   * the docs goes where that folder's ADR pages are, so their relative links keep working.
   */
  private static void copyDocAssets(ProjectModel project, SiteMap map, Map<String, byte[]> output)
      throws IOException {
    for (SystemModel system : project.systems()) {
      java.util.Set<Path> linked = new java.util.HashSet<>();
      for (Page page : system.docs().allPages()) {
        page.docLinks().forEach(link -> linked.add(link.to().normalize()));
      }
      for (Path asset : system.docs().assets()) {
        if (!linked.contains(asset.normalize()) || LiterateExclusions.isListFile(system.config(), asset)) {
          continue;
        }
        Optional<String> place = map.asset(system.config(), asset);
        if (place.isPresent()) {
          output.putIfAbsent(place.get(), Files.readAllBytes(project.root().resolve(asset)));
        }
      }
    }
  }

}
