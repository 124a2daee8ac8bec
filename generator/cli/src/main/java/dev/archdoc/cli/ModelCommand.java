package dev.archdoc.cli;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.config.ClassPathEntries;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.NewerJava;
import dev.archdoc.doclet.Problem;
import dev.archdoc.doclet.json.CodeModelJson;
import dev.archdoc.doclet.model.CodeModel;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc model}: reads the project's sources and writes the code model as JSON. */
@Command(
    name = "model",
    description = {
      "Writes the code model the doclet extracted from the project's Java sources as JSON"
          + " (with a schemaVersion, keys and lists sorted).",
      "Sources and class path come from archdoc.yml (every system's); without one, from"
          + " src/main/java of the project and of its Maven modules."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:model written",
      "2:bad usage, configuration, a missing folder, I/O, or sources that could not all be read"
          + " (syntax, encoding; the model is still written). Names missing from the class path are warnings."
    })
final class ModelCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  /** Problems beyond this many are counted, not printed: one missing jar can cause thousands. */
  private static final int SHOWN_PROBLEMS = 50;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON (default: standard output)")
  Path out;

  @Option(names = "--source", paramLabel = "DIR", description = "a Java source root, relative to the project; repeat for more (replaces archdoc.yml's sources)")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--classpath", paramLabel = "PATHS", description = "jars and class folders the sources compile against, separated by '${sys:path.separator}'; repeatable")
  List<String> classpath = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    Path root = project.toAbsolutePath().normalize();
    Set<Path> roots = new LinkedHashSet<>(sources);
    Set<Path> jars = new LinkedHashSet<>();
    for (String entry : classpath) {
      for (String part : entry.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          jars.add(Path.of(part));
        }
      }
    }
    if (roots.isEmpty()) {
      ConfigResult config = ConfigReader.read(root);
      if (!config.ok()) {
        config.problems().forEach(err::println);
        return ArchdocCommand.BAD_INPUT;
      }
      for (SystemConfig system : config.config().orElseThrow().systems()) {
        roots.addAll(system.sources());
        jars.addAll(system.classpath());
      }
    }
    // classpath: globs and @argfiles name the jars they stand for (ADR-21)
    ClassPathEntries.Expanded expanded = ClassPathEntries.expand(root, List.copyOf(jars));
    CodeModelReader.Result result =
        CodeModelReader.read(new CodeModelReader.Request(root, List.copyOf(roots), expanded.entries()));
    if (result.newerJava().isPresent()) {
      NewerJava newer = result.newerJava().get();
      err.println(newer.file() + (newer.line() > 0 ? ":" + newer.line() : "") + ": error: the sources need "
          + (newer.release() > 0 ? "Java " + newer.release() : "a newer Java") + " (" + newer.message()
          + "); run archdoc with that JDK or newer");
      return ArchdocCommand.BAD_INPUT;
    }
    List<Problem> problems = new ArrayList<>(expanded.problems());
    problems.addAll(result.problems());
    report(problems, err);
    write(result.model());
    CodeModel model = result.model();
    err.printf(
        "archdoc: %d types in %d packages, %d dependencies%s%n",
        model.types().size(), model.packages().size(), model.dependencies().size(),
        out == null ? "" : " -> " + out);
    return result.hasErrors() ? ArchdocCommand.BAD_INPUT : ArchdocCommand.OK;
  }

  /**
   * Prints each distinct problem once, at its first place, with how many other places have it:
   * one jar missing from the class path otherwise repeats the same line hundreds of times.
   */
  private static void report(List<Problem> problems, PrintWriter err) {
    Map<String, List<Problem>> byMessage = new LinkedHashMap<>();
    for (Problem problem : problems) {
      byMessage.computeIfAbsent(problem.severity() + problem.message(), k -> new ArrayList<>()).add(problem);
    }
    int shown = 0;
    for (List<Problem> same : byMessage.values()) {
      if (shown++ == SHOWN_PROBLEMS) {
        err.println("... and " + (byMessage.size() - SHOWN_PROBLEMS) + " more distinct problems");
        break;
      }
      String more = same.size() > 1 ? " [and " + (same.size() - 1) + " more places]" : "";
      err.println(same.get(0).format() + more);
    }
  }

  /** Writes next to the target and moves into place, so a failed write never leaves half a file. */
  private void write(CodeModel model) throws IOException {
    if (out == null) {
      Writer stdout = spec.commandLine().getOut();
      CodeModelJson.write(model, stdout);
      stdout.flush();
      return;
    }
    AtomicFiles.write(out, writer -> CodeModelJson.write(model, writer));
  }
}
