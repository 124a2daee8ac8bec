package dev.archdoc.core.pipeline;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ClassPathEntries;
import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.JavaRelease;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.DocReader;
import dev.archdoc.core.docs.DocSet;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.link.Linker;
import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.NewerJava;
import dev.archdoc.doclet.Problem;
import dev.archdoc.core.link.Links;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The reading half of the pipeline: configuration, then each system's code and docs, then the
 * links between them. {@code dev.archdoc.core.orchestration.SiteBuild} runs it, then the check, render, link
 * check and write.
 */
@Decision(value = "ADR-2", note = "config, code || docs, link: the reading stages")
public final class Pipeline {

  /** The rule id of problems met reading the code; not a drift rule, it cannot be lowered. */
  public static final String CODE_MODEL_RULE = dev.archdoc.core.finding.DriftRule.CODE_MODEL.id();

  private Pipeline() {}

  /**
   * How a system's code is read: the doclet, or something that remembers what the doclet said
   * (the build cache; {@code archdoc serve} reuses the last code model while no Java file changed).
   */
  @FunctionalInterface
  public interface CodeReader {

    /** Runs the doclet every time. */
    CodeReader DOCLET = CodeModelReader::read;

    CodeModelReader.Result read(CodeModelReader.Request request);
  }

  /**
   * What to read beyond what {@code archdoc.yml} says, and through which caches.
   *
   * @param extraClasspath jars and folders added to every system's class path (the Maven plugin
   *     passes the project's compile class path here)
   * @param code how each system's code is read
   * @param pages the doc pages kept from an earlier read, reused when their text did not change
   *     ({@code archdoc serve} keeps them between builds); null to keep none
   */
  public record Options(List<Path> extraClasspath, CodeReader code, PageReads pages) {

    /** No extra class path, the doclet every time, no pages kept. */
    public static final Options DEFAULTS = new Options(List.of(), CodeReader.DOCLET, null);

    public Options {
      extraClasspath = List.copyOf(extraClasspath);
      java.util.Objects.requireNonNull(code, "code");
    }

    /** The class path only; the doclet every time. */
    public Options(List<Path> extraClasspath) {
      this(extraClasspath, CodeReader.DOCLET, null);
    }
  }

  /** Reads the configuration, then {@linkplain #read the project} it describes. */
  public static Loaded load(Path projectRoot, Options options) {
    Path root = projectRoot.toAbsolutePath().normalize();
    long start = System.nanoTime();
    ConfigResult configured = ConfigReader.read(root);
    if (!configured.ok()) {
      return new Loaded(Optional.empty(), configured.problems().stream().map(ConfigProblem::toFinding).toList(),
          Map.of());
    }
    Map<String, Duration> timings = new LinkedHashMap<>();
    timings.put("config", Duration.ofNanos(System.nanoTime() - start));
    return read(root, configured.config().orElseThrow(), options, timings);
  }

  /**
   * Reads each system's code and docs, and links them. The code of all systems is read on a
   * background thread while the docs are read on this one: the doclet and the doc parsers share
   * nothing, so a 2-core machine keeps both busy.
   *
   * @param timings where each stage's time is added (in order)
   */
  public static Loaded read(Path root, ArchdocConfig config, Options options, Map<String, Duration> timings) {
    PageReads reads = options.pages() == null ? new PageReads() : options.pages();
    Optional<JavaRelease> java = config.java().or(() -> JavaRelease.statedInBuild(root));
    int running = Runtime.version().feature();
    if (java.isPresent() && java.get().release() > running) {
      return stopped(tooNew(java.get().release(), java.get().file(), java.get().line(),
          "the sources are Java " + java.get().release() + " (" + java.get().stated() + ")", running), timings);
    }
    int release = java.map(JavaRelease::release).filter(level -> level < running).orElse(0);
    long start = System.nanoTime();
    ExecutorService doclet = Executors.newSingleThreadExecutor(Pipeline::daemon);
    try {
      List<CompletableFuture<CodeModelReader.Result>> futures = new ArrayList<>();
      for (SystemConfig system : config.systems()) {
        futures.add(CompletableFuture.supplyAsync(() -> readCode(root, system, options, release), doclet));
      }
      List<SystemModel> systems = new ArrayList<>();
      for (int i = 0; i < config.systems().size(); i++) {
        SystemConfig system = config.systems().get(i);
        DocSet docs = DocReader.read(root, system, reads);
        start = lap(timings, "docs", start);
        CodeModelReader.Result read = futures.get(i).join();
        start = lap(timings, "code (waited for)", start);
        if (read.newerJava().isPresent()) {
          return stopped(newerThanRead(read.newerJava().get(), java, running), timings);
        }
        Links links = Linker.link(read.model(), docs);
        start = lap(timings, "link", start);
        systems.add(new SystemModel(system, read.model(), docs, links,
            read.problems().stream().map(Pipeline::toFinding).toList()));
      }
      reads.keepOnlyUsed();
      return new Loaded(Optional.of(new ProjectModel(root, config, systems)), List.of(), timings);
    } finally {
      doclet.shutdownNow();
    }
  }

  /** Adds the time since {@code start} to the stage's total; returns the new start. */
  private static long lap(Map<String, Duration> timings, String stage, long start) {
    long now = System.nanoTime();
    timings.merge(stage, Duration.ofNanos(now - start), Duration::plus);
    return now;
  }

  private static CodeModelReader.Result readCode(
      Path root, SystemConfig system, Options options, int release) {
    // globs and argument files expand here, so the cache key covers the jars they name
    ClassPathEntries.Expanded expanded = ClassPathEntries.expand(root, system.classpath());
    List<Path> classpath = new ArrayList<>(expanded.entries());
    classpath.addAll(options.extraClasspath());
    CodeModelReader.Result read = options.code().read(new CodeModelReader.Request(root, system.sources(), classpath, release));
    if (expanded.problems().isEmpty()) {
      return read;
    }
    List<Problem> problems = new ArrayList<>(expanded.problems());
    problems.addAll(read.problems());
    return new CodeModelReader.Result(read.model(), problems, read.newerJava());
  }

  /**
   * A run that cannot read the code says so in one finding and stops (exit 2, like a broken
   * archdoc.yml): code newer than the JDK archdoc runs on would otherwise come back as hundreds
   * of false syntax errors.
   */
  private static Loaded stopped(Finding why, Map<String, Duration> timings) {
    return new Loaded(Optional.empty(), List.of(why), timings);
  }

  private static Finding tooNew(int release, Path file, int line, String what, int running) {
    return new Finding(CODE_MODEL_RULE, Severity.ERROR, file, line, what + ", newer than the Java " + running
        + " archdoc runs on, so it cannot read them: run archdoc with a JDK " + release
        + " or newer (e.g. JAVA_HOME=/path/to/jdk-" + release + " $JAVA_HOME/bin/java -jar archdoc.jar ...)");
  }

  private static Finding newerThanRead(NewerJava newer, Optional<JavaRelease> stated, int running) {
    String readAt = stated.filter(java -> java.release() < running)
        .map(java -> "Java " + java.release() + " (" + java.where() + ")")
        .orElse("Java " + running + ", the JDK archdoc runs on");
    String needs = newer.release() > 0 ? "Java " + newer.release() : "a newer Java";
    String fix = newer.release() > running || newer.release() == 0
        ? "run archdoc with a JDK " + (newer.release() > 0 ? newer.release() + " or newer" : "newer than " + running)
        : "set `java: " + newer.release() + "` in archdoc.yml";
    return new Finding(CODE_MODEL_RULE, Severity.ERROR, Path.of(newer.file()), Math.max(0, newer.line()),
        "the sources need " + needs + " (" + newer.message() + ") but were read as " + readAt + ": " + fix);
  }

  private static Finding toFinding(Problem problem) {
    Severity severity = switch (problem.severity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case INFO -> Severity.INFO;
    };
    String message = problem.hint() == null || problem.hint().isBlank()
        ? problem.message()
        : problem.message() + " (" + problem.hint() + ")";
    FindingKind kind = switch (problem.kind()) {
      case COMPILE_ERROR -> FindingKind.COMPILE_ERROR;
      case MISSING_FROM_CLASS_PATH -> FindingKind.MISSING_FROM_CLASS_PATH;
      case NO_SOURCE_FILES -> FindingKind.NO_SOURCE_FILES;
      case SOURCE_ROOT_UNUSABLE, MODULE_INFO_SKIPPED, CLASS_PATH_ENTRY_MISSING, FILE_LEFT_OUT, NO_MODEL,
          SOURCE_OVER_LIMIT, SOURCE_OUTSIDE_PROJECT ->
          FindingKind.CODE_NOT_READ;
    };
    Map<Fact, String> facts = new EnumMap<>(Fact.class);
    problem.javac().ifPresent(javac -> {
      facts.put(Fact.JAVAC_CODE, javac.code());
      facts.put(Fact.JAVAC_KIND, javac.kind());
      facts.put(Fact.JAVAC_LINE, Long.toString(javac.line()));
      facts.put(Fact.JAVAC_COLUMN, Long.toString(javac.column()));
      facts.put(Fact.JAVAC_START, Long.toString(javac.startPosition()));
      facts.put(Fact.JAVAC_END, Long.toString(javac.endPosition()));
      if (!javac.symbol().isEmpty()) {
        facts.put(Fact.SYMBOL, javac.symbol());
      }
    });
    return new Finding(ruleOf(problem), severity, Path.of(problem.file()), Math.max(0, problem.line()), message,
        kind, facts);
  }

  /** The doclet's problems are code-model findings, but for the two the safety rules own (ADR-16). */
  private static String ruleOf(Problem problem) {
    return switch (problem.kind()) {
      case SOURCE_OVER_LIMIT -> DriftRule.INPUT_LIMIT.id();
      case SOURCE_OUTSIDE_PROJECT -> DriftRule.OUTSIDE_PROJECT.id();
      default -> CODE_MODEL_RULE;
    };
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "archdoc-doclet");
    thread.setDaemon(true);
    return thread;
  }
}
