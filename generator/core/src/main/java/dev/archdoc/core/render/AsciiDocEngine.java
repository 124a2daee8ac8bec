package dev.archdoc.core.render;

import dev.archdoc.core.docs.page.LinkTargets;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;

/**
 * The one AsciidoctorJ instance of a build: created lazily, on a background thread, because it
 * costs about 4 s (JRuby boots Asciidoctor), then converts a page in 5–50 ms.
 *
 * <p>The caller may start it early ({@link #warmUpAsync()}) so JRuby boots while the doclet and
 * the Markdown pages are processed; the first render waits for it; nothing is started for a
 * project with no AsciiDoc. {@code -XX:TieredStopAtLevel=1} is said to cut start-up to about
 * 2.7 s, but it is a JVM flag for the whole process and slows every other stage (PlantUML, the
 * doclet), so it is not something a library can set; the launcher may weigh it.
 *
 * <p>Renders run in parallel: Asciidoctor is thread-safe, and it calls the log handler and the
 * extensions on the thread that converts, so each thread's render finds its own page through a
 * thread-local scope. (Serialised renders left the second core idle while one site job converted
 * AsciiDoc ADRs and another AsciiDoc pages.) Documents
 * are converted in {@code SERVER} mode with {@code base_dir} at the page's folder; includes go
 * through archdoc's own processor, which keeps them inside the project root and out of
 * {@code .git/}. {@code SERVER} rather than {@code SAFE} so {@code {docdir}} and {@code {docfile}}
 * are not absolute paths (ADR-16); {@code SECURE} would also turn off that include processor.
 */
final class AsciiDocEngine implements AutoCloseable {

  /**
   * Attributes that would tell a page's readers about the machine that built it: paths (the home
   * folder, the page's and output folders), and the clock and time zone. Set by the API, they are
   * locked: a document cannot set them back, and {@code {user-home}} renders as nothing. {@code
   * data-uri} is unset so no asset is read into the page.
   */
  private static final java.util.Map<String, Object> CONCEALED = concealed();

  private static java.util.Map<String, Object> concealed() {
    java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>();
    for (String name : List.of("user-home", "docdir", "docfile", "docname", "outdir", "outfile", "localdir",
        "localdate", "localtime", "localdatetime", "localyear", "docdate", "doctime", "docdatetime", "docyear",
        "to_dir", "includedir", "asciidoctor-version", "safe-mode-name", "safe-mode-level")) {
      attributes.put(name, "");
    }
    attributes.put("data-uri!", "");
    attributes.put("allow-uri-read!", "");
    return java.util.Map.copyOf(attributes);
  }

  private static org.asciidoctor.AttributesBuilder concealing(org.asciidoctor.AttributesBuilder builder) {
    CONCEALED.forEach(builder::attribute);
    return builder;
  }

  /** The base folder Asciidoctor is given; it never exists, so nothing is read from it. */
  static final String NO_ASSETS = ".archdoc-reads-no-assets";

  private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");

  /** JUL loggers are held weakly; keeping them here keeps the level we set. */
  private static final List<Logger> QUIET_LOGGERS = List.of(
      Logger.getLogger("asciidoctor"),
      Logger.getLogger("org.asciidoctor.jruby.internal.JRubyAsciidoctor"));

  private final Path projectRoot;
  private CompletableFuture<Asciidoctor> instance;
  private CompletableFuture<Duration> startTime;
  private final ThreadLocal<RenderScope> current = new ThreadLocal<>();

  AsciiDocEngine(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  /** Starts creating the instance on a daemon thread, once; later calls return the same handle. */
  synchronized CompletableFuture<Duration> warmUpAsync() {
    if (instance == null) {
      instance = new CompletableFuture<>();
      CompletableFuture<Duration> timed = new CompletableFuture<>();
      startTime = timed;
      Thread starter = new Thread(() -> {
        long start = System.nanoTime();
        try {
          Asciidoctor created = create();
          timed.complete(Duration.ofNanos(System.nanoTime() - start));
          instance.complete(created);
        } catch (RuntimeException | LinkageError e) {
          timed.completeExceptionally(e);
          instance.completeExceptionally(e);
        }
      }, "archdoc-asciidoctor-start");
      starter.setDaemon(true);
      starter.start();
    }
    return startTime;
  }

  /**
   * JRuby's own JIT compiles hot Ruby methods to JVM bytecode, which the JVM's JIT then compiles
   * again: in one build of a few thousand pages that compiling costs far more than it saves (1,000
   * pages on 2 cores, first pass: 84 s with it, 18 s with JRuby's interpreter alone, load 12-17).
   * JRuby reads the setting when the runtime is created, from a system property (AsciidoctorJ's
   * documented way); one given on the command line ({@code -Djruby.compile.mode=JIT}, for a long
   * {@code serve} session) wins.
   */
  static final String JRUBY_COMPILE_MODE = "jruby.compile.mode";

  private Asciidoctor create() {
    if (System.getProperty(JRUBY_COMPILE_MODE) == null) {
      System.setProperty(JRUBY_COMPILE_MODE, "OFF");
    }
    Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    // Asciidoctor also writes every message to java.util.logging; they are findings here instead
    QUIET_LOGGERS.forEach(logger -> {
      logger.setLevel(Level.OFF);
      logger.setUseParentHandlers(false);
    });
    asciidoctor.javaExtensionRegistry()
        .inlineMacro(new CodeMacro(this::scope))
        .treeprocessor(new DiagramBlocks(this::scope))
        .includeProcessor(new SnippetIncludes(this::scope, projectRoot));
    asciidoctor.registerLogHandler(this::log);
    return asciidoctor;
  }

  private RenderScope scope() {
    return current.get();
  }

  RenderedPage render(RenderScope scope) {
    Asciidoctor asciidoctor = warmUpAsync().thenCompose(ignored -> instance).join();
    Options options = Options.builder()
        .safe(SafeMode.SERVER)
        .sourcemap(true)
        .standalone(false)
        // a folder that does not exist: Asciidoctor reads no asset itself (an inline SVG, a data URI
        // could otherwise be a link out of the project); includes go through archdoc's processor
        .baseDir(projectRoot.resolve(NO_ASSETS).toFile())
        .attributes(concealing(Attributes.builder())
            .attribute("attribute-missing", "warn")
            // {projectdir}/x reads as /x, the project-root form the include processor resolves
            .attribute("projectdir", "")
            // the title as an <h1> in the fragment, as a Markdown page's # heading is
            .attribute("showtitle", "")
            .attribute("outfilesuffix", ".html")
            .build())
        .build();
    current.set(scope);
    try {
      String html = asciidoctor.convert(scope.page.source(), options);
      return new RenderedPage(linksToFilesOnSite(html, scope), scope.findings);
    } finally {
      current.remove();
    }
  }

  /**
   * Asciidoctor writes a {@code link:} or {@code xref:} to a file that is not a page as it is
   * written, with no hook to ask where the file is shown, so such links are pointed there in its
   * output, read as HTML (so a passthrough block's own {@code <a class="x" href>} is pointed there
   * too); a page with no such link is left byte for byte as Asciidoctor wrote it.
   */
  private static String linksToFilesOnSite(String html, RenderScope scope) {
    if (html == null || !html.contains("href")) {
      return html;
    }
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
    fragment.outputSettings().prettyPrint(false);
    boolean moved = false;
    for (org.jsoup.nodes.Element link : fragment.body().select("a[href]")) {
      String shown = LinkTargets.toShownFile(scope.page.file(), link.attr("href"), scope.fileUrls);
      if (shown != null) {
        link.attr("href", shown);
        moved = true;
      }
    }
    return moved ? fragment.body().html() : html;
  }

  private void log(LogRecord record) {
    RenderScope scope = current.get();
    if (scope == null) {
      return;
    }
    dev.archdoc.core.finding.Severity severity = switch (record.getSeverity()) {
      case ERROR, FATAL -> dev.archdoc.core.finding.Severity.ERROR;
      case WARN -> dev.archdoc.core.finding.Severity.WARNING;
      default -> null; // DEBUG/INFO: notes such as "possible invalid reference" the link checker owns
    };
    if (severity == null || isTemplatePlaceholder(scope.page, record.getMessage())) {
      return;
    }
    Path file = scope.page.file();
    int line = 0;
    if (record.getCursor() != null && record.getCursor().getLineNumber() > 0) {
      String cursorFile = record.getCursor().getFile();
      if (cursorFile == null || cursorFile.isEmpty()) {
        line = record.getCursor().getLineNumber() + scope.page.firstLine() - 1;
      } else {
        file = Path.of(cursorFile);
        line = record.getCursor().getLineNumber();
      }
    } else {
      line = lineOfMissingAttribute(scope.page, record.getMessage());
    }
    // Asciidoctor names files by absolute path: the machine's folders are not the reader's business
    String message = record.getMessage().replace(projectRoot.resolve(NO_ASSETS) + java.io.File.separator, "")
        .replace(projectRoot + java.io.File.separator, "");
    scope.findings.add(new Finding(PageReader.SYNTAX_RULE, severity, file, line, message));
  }

  /**
   * Whether a missing attribute is only ever written as a Mustache placeholder, {@code {{id}}}: the
   * page is a template (adr-j's {@code doc/example_templates/madr.adoc}), filled by another tool
   * before Asciidoctor sees it, so the attribute is not missing where it matters.
   */
  static boolean isTemplatePlaceholder(Page page, String message) {
    Matcher m = MISSING_ATTRIBUTE.matcher(message);
    if (!m.find()) {
      return false;
    }
    String name = m.group(1);
    String placeholder = "{{" + name + "}}";
    String source = page.source();
    return source.contains(placeholder)
        && !source.replace("{" + placeholder + "}", "").replace(placeholder, "").contains("{" + name + "}");
  }

  /** Asciidoctor gives no line for a missing attribute; the first line that uses it is the one. */
  private static int lineOfMissingAttribute(Page page, String message) {
    Matcher m = MISSING_ATTRIBUTE.matcher(message);
    if (!m.find()) {
      return 0;
    }
    String reference = "{" + m.group(1) + "}";
    List<String> lines = page.source().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(reference)) {
        return page.firstLine() + i;
      }
    }
    return 0;
  }

  @Override
  public synchronized void close() {
    if (instance != null) {
      instance.thenAccept(Asciidoctor::close);
    }
  }
}
