package dev.archdoc.core.pipeline;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.DocReader;
import dev.archdoc.core.docs.DocSet;
import dev.archdoc.core.docs.PageReads;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.link.Linker;
import dev.archdoc.doclet.CodeModelReader;
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

/** Reads a project into linked models: the door of the pipeline. */
@Decision(value = "ADR-2", note = "the whole pipeline in one short method")
public final class Pipeline {

  /** The rule id of problems met reading the code; not a drift rule, it cannot be switched off. */
  public static final String CODE_MODEL_RULE = dev.archdoc.core.finding.DriftRule.CODE_MODEL.id();

  private Pipeline() {}

  /**
   * What to read beyond what {@code archdoc.yml} says.
   *
   * @param extraClasspath jars and folders added to every system's class path (the Maven plugin
   *     passes the project's compile class path here)
   */
  public record Options(List<Path> extraClasspath) {

    public static final Options DEFAULTS = new Options(List.of());

    public Options {
      extraClasspath = List.copyOf(extraClasspath);
    }
  }

  /**
   * Reads the configuration, then each system's code and docs, and links them. The code of all
   * systems is read on a background thread while the docs are read on this one: the doclet and
   * the doc parsers share nothing, so a 2-core machine keeps both busy.
   */
  public static Loaded load(Path projectRoot, Options options) {
    return load(projectRoot, options, CodeReader.DOCLET);
  }

  /**
   * How a system's code is read: the doclet, or something that remembers what the doclet said
   * ({@code archdoc serve} reuses the last code model while no Java file changed).
   */
  @FunctionalInterface
  public interface CodeReader {

    /** Runs the doclet every time. */
    CodeReader DOCLET = CodeModelReader::read;

    CodeModelReader.Result read(CodeModelReader.Request request);
  }

  /** As {@link #load(Path, Options)}, reading each system's code through {@code code}. */
  public static Loaded load(Path projectRoot, Options options, CodeReader code) {
    return load(projectRoot, options, code, new PageReads());
  }

  /**
   * As {@link #load(Path, Options, CodeReader)}, taking the pages whose text did not change from
   * {@code reads} ({@code archdoc serve} keeps them between builds).
   */
  public static Loaded load(Path projectRoot, Options options, CodeReader code, PageReads reads) {
    Path root = projectRoot.toAbsolutePath().normalize();
    Map<String, Duration> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    ConfigResult configured = ConfigReader.read(root);
    if (!configured.ok()) {
      return new Loaded(Optional.empty(), configured.problems().stream().map(ConfigProblem::toFinding).toList(),
          Map.of());
    }
    start = lap(timings, "config", start);
    ArchdocConfig config = configured.config().orElseThrow();
    ExecutorService doclet = Executors.newSingleThreadExecutor(Pipeline::daemon);
    try {
      List<CompletableFuture<CodeModelReader.Result>> futures = new ArrayList<>();
      for (SystemConfig system : config.systems()) {
        futures.add(CompletableFuture.supplyAsync(() -> readCode(root, system, options, code), doclet));
      }
      List<SystemModel> systems = new ArrayList<>();
      for (int i = 0; i < config.systems().size(); i++) {
        SystemConfig system = config.systems().get(i);
        DocSet docs = DocReader.read(root, system, reads);
        start = lap(timings, "docs", start);
        CodeModelReader.Result read = futures.get(i).join();
        start = lap(timings, "code (waited for)", start);
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

  private static CodeModelReader.Result readCode(Path root, SystemConfig system, Options options, CodeReader code) {
    List<Path> classpath = new ArrayList<>(system.classpath());
    classpath.addAll(options.extraClasspath());
    return code.read(new CodeModelReader.Request(root, system.sources(), classpath));
  }

  private static Finding toFinding(Problem problem) {
    Severity severity = problem.severity() == Problem.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
    String message = problem.hint() == null || problem.hint().isBlank()
        ? problem.message()
        : problem.message() + " (" + problem.hint() + ")";
    FindingKind kind = switch (problem.kind()) {
      case COMPILE_ERROR -> FindingKind.COMPILE_ERROR;
      case MISSING_FROM_CLASS_PATH -> FindingKind.MISSING_FROM_CLASS_PATH;
      case NO_SOURCE_FILES -> FindingKind.NO_SOURCE_FILES;
      case SOURCE_ROOT_UNUSABLE, MODULE_INFO_SKIPPED, CLASS_PATH_ENTRY_MISSING, FILE_LEFT_OUT, NO_MODEL ->
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
    return new Finding(CODE_MODEL_RULE, severity, Path.of(problem.file()), Math.max(0, problem.line()), message,
        kind, facts);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "archdoc-doclet");
    thread.setDaemon(true);
    return thread;
  }
}
