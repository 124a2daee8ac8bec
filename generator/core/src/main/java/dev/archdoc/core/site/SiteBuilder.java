package dev.archdoc.core.site;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageFormat;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.io.FolderSwap;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodePackage;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The render, link check and write stages of the site: the door of this package. The orchestration
 * ({@code dev.archdoc.core.orchestration.SiteBuild}) calls them in this order.
 *
 * <p>{@link #render} makes every page (docs, decisions, system, literate views, tours, diagrams,
 * homes) wrapped in the theme's layout, the search index and the theme's assets, as bytes by site
 * path, with the findings met rendering. Pages that need no AsciidoctorJ render first, on two
 * threads, while AsciidoctorJ starts. {@link #checkLinks} checks every link of those pages before
 * anything is written. {@link Rendered#withDriftPage} then draws the drift page, once, from every
 * finding. {@link #write} writes the site aside and swaps it in whole, or ({@code archdoc serve})
 * updates a folder in place, file by file.
 */
public final class SiteBuilder {

  private SiteBuilder() {}

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
   * @param findings problems met rendering (diagrams, snippets, pages) and the site's broken links;
   *     the drift check's findings are not repeated
   * @param timings per stage, in order
   * @param units how many units of rendering work (a page, or a few pages made together) the site has
   * @param renderedUnits the names of those that were rendered; the others came from the page cache
   */
  public record Result(Path out, int pages, List<Finding> findings, List<Timing> timings, int units,
      List<String> renderedUnits) {
    public Result {
      findings = List.copyOf(findings);
      timings = List.copyOf(timings);
      renderedUnits = List.copyOf(renderedUnits);
    }

    /** How many units were rendered rather than taken from the page cache. */
    public int unitsRendered() {
      return renderedUnits.size();
    }
  }

  /**
   * A rendered site, not yet written and without its drift page: every file by site path.
   *
   * @param files every file but the drift page, by site path ({@code decisions/index.html})
   * @param findings problems met rendering, sorted
   * @param timings the render stage's parts, in order
   * @param units how many units of rendering work the site has
   * @param renderedUnits the names of those that were rendered rather than taken from the page cache
   *     ({@code type com.acme.Shop}, {@code source src/main/java/com/acme/Shop.java}, ...), in site order
   */
  public record Rendered(Map<String, byte[]> files, List<Finding> findings, List<Timing> timings, int units,
      List<String> renderedUnits, Function<List<Finding>, byte[]> driftPage) {

    public Rendered {
      files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
      findings = List.copyOf(findings);
      timings = List.copyOf(timings);
      renderedUnits = List.copyOf(renderedUnits);
    }

    /** How many units were rendered rather than taken from the page cache. */
    public int unitsRendered() {
      return renderedUnits.size();
    }

    /** How many HTML pages the site has, the drift page included. */
    public int htmlPages() {
      return (int) files.keySet().stream().filter(p -> p.endsWith(".html")).count() + 1;
    }

    /** Every file of the site: these, and the drift page listing {@code findings}. */
    public Map<String, byte[]> withDriftPage(List<Finding> findings) {
      Map<String, byte[]> site = new TreeMap<>(files);
      site.put(SiteMap.DRIFT, driftPage.apply(findings));
      return site;
    }
  }

  /** Where a site is written. */
  public enum Write {
    /** Written aside and swapped in whole: the old site stays until the new one is complete. */
    REPLACE,
    /**
     * Updated file by file: {@code out} is a folder nobody is looking at (one of {@code archdoc
     * serve}'s two); only the files that differ from what the same renderers last wrote there are
     * written.
     */
    UPDATE_IN_PLACE
  }

  /**
   * Renders every page of the project; nothing is written.
   *
   * @param out the folder the site will be written to (its files are no input of a page)
   */
  public static Rendered render(ProjectModel project, String version, Path out, Renderers renderers)
      throws IOException {
    return render(project, version, null, out, renderers);
  }

  /**
   * Renders every page of the project, each linking back to {@code parent} (or null); nothing is
   * written.
   *
   * @param out the folder the site will be written to (its files are no input of a page)
   */
  public static Rendered render(ProjectModel project, String version, ParentSite parent, Path out,
      Renderers renderers) throws IOException {
    List<Timing> timings = new ArrayList<>();
    Theme theme = new Theme(project.root(), project.root().resolve(project.config().theme()));
    theme.compileProjectTemplates();
    SiteMap map = SiteMap.of(project);
    boolean asciiDoc = project.systems().stream()
        .flatMap(s -> s.docs().allPages().stream())
        .anyMatch(page -> page.format() == PageFormat.ASCIIDOC);
    PageRenderer renderer = renderers.pages;
    DiagramRenderer diagrams = renderers.diagrams;
    CompletableFuture<Duration> asciiDocStart = asciiDoc ? renderer.warmUpAsciiDoc() : renderers.asciiDocStart;
    Rendering r = new Rendering(project, map, theme, renderer, diagrams, LiterateExclusions.read(project));
    Layout layout = new Layout(theme, map, project, version, parent);

    long start = System.nanoTime();
    PageKeys keys = new PageKeys(project, version, out, r,
        parent == null ? "" : "parent " + parent.title() + "\n" + parent.href());
    timings.add(new Timing("page keys", Duration.ofNanos(System.nanoTime() - start)));
    start = System.nanoTime();
    Units rendered = renderAll(r, layout, keys, renderers.pageStore, project, asciiDoc);
    timings.add(new Timing("pages (" + rendered.renderedUnits() + " of " + rendered.units()
        + " units rendered, the rest cached)", Duration.ofNanos(System.nanoTime() - start)));
    if (asciiDoc) {
      timings.add(new Timing("asciidoctorj start (parallel)", asciiDocStart.join()));
    }

    start = System.nanoTime();
    List<Finding> findings = new ArrayList<>(rendered.findings());
    Map<String, byte[]> output = new TreeMap<>();
    List<Map.Entry<String, String>> searchEntries = new ArrayList<>();
    for (PageStore.Built built : rendered.pages()) {
      SitePage page = built.page();
      searchEntries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(page.path(), built.searchEntry()));
      if (output.containsKey(page.path())) {
        // generated pages are listed first: a written page on their path (a code/index.md) yields
        List<Page> written = writtenAt(project, r.map, page.path());
        Page yielding = written.stream().filter(p -> p.title().equals(page.title())).reduce((a, b) -> b)
            .orElse(written.isEmpty() ? null : written.get(written.size() - 1));
        String taken = written.stream().filter(p -> p != yielding).findFirst()
            .map(other -> other.file() + " is published at " + page.path() + "; rename one of them")
            .orElse("archdoc generates " + page.path() + " itself; rename the file");
        findings.add(Finding.warning(DriftRule.PAGE_COLLISION.id(),
            yielding == null ? Path.of(page.path()) : yielding.file(), 0,
            "\"" + page.title() + "\" is not published: " + taken));
        continue;
      }
      output.put(page.path(), built.html());
    }
    Map<String, byte[]> assets = theme.assets();
    findings.addAll(theme.refused());
    output.put(SiteMap.SEARCH_INDEX, SearchIndex.script(searchEntries).getBytes(StandardCharsets.UTF_8));
    assets.forEach((name, bytes) -> output.put(SiteMap.ASSETS + name, bytes));
    if (loadsMermaid(output)) {
      theme.mermaidAssets().forEach((name, bytes) -> output.putIfAbsent(SiteMap.ASSETS + name, bytes));
    }
    copyDocAssets(project, map, r.projectFiles, output);
    timings.add(new Timing("assemble", Duration.ofNanos(System.nanoTime() - start)));
    return new Rendered(output, findings.stream().sorted().distinct().toList(), timings, rendered.units(),
        rendered.rendered(), shown -> layout.wrap(DriftPage.page(theme, shown)));
  }

  /** The written pages (and ADRs) the site map puts at a site path. */
  private static List<Page> writtenAt(ProjectModel project, SiteMap map, String sitePath) {
    List<Page> pages = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      for (Page page : system.docs().allPages()) {
        if (map.doc(system.config(), page.file()).equals(sitePath)
            && pages.stream().noneMatch(p -> p.file().equals(page.file()))) {
          pages.add(page);
        }
      }
    }
    return pages;
  }

  private static final byte[] MERMAID_SCRIPT =
      ("_archdoc/" + Theme.MERMAID + "\"").getBytes(StandardCharsets.UTF_8);

  /** Whether a page loads the theme's Mermaid: it is 3 MB, so a site without a diagram goes without. */
  private static boolean loadsMermaid(Map<String, byte[]> output) {
    for (Map.Entry<String, byte[]> file : output.entrySet()) {
      if (file.getKey().endsWith(".html") && indexOf(file.getValue(), MERMAID_SCRIPT) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Checks every {@code href}, {@code src} and {@code #anchor} of a rendered site before it is
   * written, parsing only the pages these renderers have not seen before. The drift page, drawn
   * after this check, counts as there; its own links are the layout's, which every page has.
   *
   * @param shownAs how findings name the site folder (e.g. {@code site}, relative to the project)
   * @return one {@code broken-link} error per broken link, at the page and line it is written on
   */
  public static List<Finding> checkLinks(Rendered site, Path shownAs, Renderers renderers) {
    return checkLinks(site, null, shownAs, renderers);
  }

  /** As {@link #checkLinks(Rendered, Path, Renderers)}; links back to {@code parent} (or null) lead somewhere. */
  public static List<Finding> checkLinks(Rendered site, ParentSite parent, Path shownAs, Renderers renderers) {
    return renderers.links.checkPages(site.files(), java.util.Set.of(SiteMap.DRIFT),
        parent == null ? java.util.Set.of() : java.util.Set.of(parent.href()), shownAs);
  }

  /**
   * Writes a site to {@code out}; refuses a folder the swap would destroy (the project, or a folder
   * archdoc did not build).
   *
   * @return how many files were written (all, when replacing)
   */
  public static int write(Map<String, byte[]> site, Path out, Path projectRoot, Write how, Renderers renderers)
      throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (how == Write.UPDATE_IN_PLACE) {
      return renderers.folders.update(target, site);
    }
    SiteWriter.checkReplaceable(target, projectRoot, SiteMap.SEARCH_INDEX);
    FolderSwap swap = FolderSwap.shared(target);
    Path staging = swap.begin();
    try {
      SiteWriter.write(staging, site);
      swap.commit();
      return site.size();
    } finally {
      swap.abandon();
    }
  }

  /**
   * One unit of rendering work: its name, its cache key (see {@link PageKeys}), what it renders, and
   * whether people wrote its pages (they yield their path to generated ones).
   */
  private record Job(String name, String key, Callable<List<SitePage>> pages, boolean written) {}

  /**
   * Every page in site order, the findings met rendering them, and how many units of work had to
   * render rather than come from the cache.
   */
  private record Units(List<PageStore.Built> pages, List<Finding> findings, int units, List<String> rendered) {

    int renderedUnits() {
      return rendered.size();
    }
  }

  /**
   * Every page, rendered on two threads or taken from the page cache, generated pages listed before
   * the pages people wrote. Jobs that may need AsciidoctorJ (AsciiDoc ADRs and pages, homes) are
   * queued last, so the code pages keep both cores busy while it starts.
   */
  private static Units renderAll(Rendering r, Layout layout, PageKeys keys, PageStore store, ProjectModel project,
      boolean asciiDoc) throws IOException {
    List<Job> jobs = new ArrayList<>();
    List<Job> asciiDocJobs = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      String in = project.systems().size() > 1 ? " of " + system.name() : "";
      CodePages code = new CodePages(r, system);
      jobs.add(new Job("code overview" + in, keys.outlined(system, "code overview"), () -> List.of(code.overview()), false));
      for (CodePackage pkg : system.code().packages()) {
        jobs.add(new Job("package " + pkg.name() + in, keys.packagePage(system, pkg), () -> List.of(code.packagePage(pkg)), false));
      }
      for (CodeType type : code.types()) {
        if (!r.shown(system).hasPage(type)) {
          continue; // listed on its package page
        }
        jobs.add(new Job("type " + type.qualifiedName() + in, keys.typePage(system, type), () -> List.of(code.typePage(type)), false));
      }
      LiteratePages literate = new LiteratePages(r, system);
      jobs.add(new Job("source index" + in, keys.sourceIndex(system),
          () -> SourceIndexPage.pages(r, system, literate.files()), false));
      for (SourceFile file : literate.files()) {
        jobs.add(new Job("source " + file.path() + in, keys.literateView(system, file), () -> List.of(literate.page(file)), false));
      }
      jobs.add(new Job("tours" + in, keys.fromWrittenPages("tours of " + system.name()), () -> new TourPages(r, system).pages(), false));
      jobs.add(new Job("diagrams" + in, keys.outlined(system, "diagrams"), () -> List.of(DiagramsPage.page(r, system)), false));
      jobs.add(new Job("pages index" + in, keys.outlined(system, "pages index"), () -> PagesIndex.pages(r, system), false));
      DecisionPages decisions = new DecisionPages(r, system);
      for (Adr adr : decisions.adrs()) {
        Optional<Page> body = system.docs().bodyOf(adr);
        boolean adoc = body.map(page -> page.format() == PageFormat.ASCIIDOC).orElse(false);
        (adoc ? asciiDocJobs : jobs).add(new Job("decision " + adr.id() + in, keys.decision(system, adr, body),
            () -> List.of(decisions.adrPage(adr)), false));
      }
      // a decisions folder's own introduction opens the index: its text is an input of the lists
      String listsKey = DecisionIntro.of(r.map, system).map(intro -> keys.page(system, "decision lists", intro))
          .orElseGet(() -> keys.docsOnly(system, "decision lists"));
      jobs.add(new Job("decision lists" + in, listsKey, decisions::lists, false));
      DocPages docs = new DocPages(r);
      for (Page page : system.docs().pages()) {
        (page.format() == PageFormat.ASCIIDOC ? asciiDocJobs : jobs).add(new Job("page " + page.file() + in,
            keys.page(system, "page " + page.file(), page), () -> docs.page(system, page), true));
      }
    }
    asciiDocJobs.add(new Job("homes", keys.homes(), () -> new DocPages(r).homes(), false));
    jobs.addAll(asciiDocJobs);
    ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "archdoc-site");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Made>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> unitOf(job, layout, store)));
      }
      List<String> renderedUnits = new ArrayList<>();
      List<PageStore.Built> generated = new ArrayList<>();
      List<PageStore.Built> written = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        Made made = futures.get(i).get();
        PageStore.Unit unit = made.unit();
        if (made.rendered()) {
          renderedUnits.add(jobs.get(i).name());
        }
        (jobs.get(i).written() ? written : generated).addAll(unit.pages());
        findings.addAll(unit.findings());
      }
      store.endBuild();
      generated.addAll(written);
      return new Units(generated, findings, jobs.size(), renderedUnits);
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

  /** A unit of work done: its pages and findings, and whether they were rendered rather than taken from the page cache. */
  private record Made(PageStore.Unit unit, boolean rendered) {}

  /** A unit's pages, wrapped in the layout, and its findings: from the page cache, or rendered and kept there. */
  private static Made unitOf(Job job, Layout layout, PageStore store) throws Exception {
    Optional<PageStore.Unit> kept = store.get(job.key());
    if (kept.isPresent()) {
      return new Made(kept.get(), false);
    }
    List<PageStore.Built> built = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (SitePage page : job.pages().call()) {
      built.add(PageStore.Built.of(page, layout.wrap(page)));
      findings.addAll(page.findings());
    }
    PageStore.Unit unit = new PageStore.Unit(built, findings);
    store.put(job.key(), unit);
    return new Made(unit, true);
  }

  /**
   * The images and other files the docs link to, copied to their mirrored place so pages can show
   * them; nothing else of the docs folders is published (a {@code CNAME}, {@code Gemfile} or
   * {@code _config.yml} beside the docs is the project's, not the site's: a {@code CNAME} pushed
   * to gh-pages would take over the project's custom domain). A file of a decisions folder outside
   * the docs goes where that folder's ADR pages are, so their relative links keep working.
   */
  private static boolean isPage(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown|adoc|asciidoc)");
  }

  private static void copyDocAssets(ProjectModel project, SiteMap map, LinkedProjectFiles projectFiles,
      Map<String, byte[]> output) throws IOException {
    for (SystemModel system : project.systems()) {
      java.util.Set<Path> linked = new java.util.TreeSet<>();
      for (Page page : system.docs().allPages()) {
        page.docLinks().forEach(link -> linked.add(link.to().normalize()));
      }
      for (Path file : linked) { // a file outside the docs (a crowdin.yml at the root) the pages link to
        if (map.asset(system.config(), file).isEmpty() && !isPage(file)
            || isPage(file) && Rendering.isDecisionTemplate(system, file)) { // a template: the file as it is
          Optional<String> place = projectFiles.place(file);
          if (place.isPresent() && !output.containsKey(place.get())) {
            output.put(place.get(), projectFiles.read(file));
          }
        }
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
