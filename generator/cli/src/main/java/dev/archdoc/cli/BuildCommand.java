package dev.archdoc.cli;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc build}: reads the project and writes its site. */
@Command(
    name = "build",
    description = {
      "Builds the project's architecture site: decisions, system, literate views, tours, diagrams,"
          + " drift and search, as one static folder that works offline and from file://.",
      "The new site replaces the old one only when it is complete. Findings (drift, diagrams that"
          + " fail, broken links in the built site) are printed and shown on the drift page: the same"
          + " findings as 'archdoc check' for the same tree, and the same exit code (see --fail-on)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:site written, no errors (warnings allowed)",
      "1:site written, with at least one error (or warning, with --fail-on warning; never with --fail-on none)",
      "2:bad usage, configuration or I/O; the previous site is left as it was"
    })
final class BuildCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  /** Findings beyond this many are counted, not printed; the drift page lists them all. */
  private static final int SHOWN_FINDINGS = 50;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--out", paramLabel = "DIR", description = "where to write the site (default: DIR/site)")
  Path out;

  @Option(names = "--version", paramLabel = "V", description = "the version the site documents, shown on every page")
  String version;

  @Option(names = "--timings", description = "print how long each stage took")
  boolean timings;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "error, warning or none: the findings that make the exit code 1; the site is written"
          + " either way (default: ${DEFAULT-VALUE})")
  String failOn = "error";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<CheckResult.FailOn> level = CheckResult.FailOn.byName(failOn);
    if (level.isEmpty()) {
      err.println("archdoc: error: unknown --fail-on '" + failOn + "'; use error, warning or none");
      return ArchdocCommand.BAD_INPUT;
    }
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    Path root = project.toAbsolutePath().normalize();
    long start = System.nanoTime();
    SiteBuild.Outcome outcome = SiteBuild.run(new SiteBuild.Request(root, out, version, List.of(), true));
    if (outcome.site().isEmpty()) {
      outcome.configProblems().forEach(err::println);
      return ArchdocCommand.BAD_INPUT;
    }
    SiteBuilder.Result result = outcome.site().get();
    Duration load = outcome.load();
    List<Finding> findings = outcome.findings();
    Path site = result.out();
    findings.stream().limit(SHOWN_FINDINGS).forEach(err::println);
    if (findings.size() > SHOWN_FINDINGS) {
      err.println("... and " + (findings.size() - SHOWN_FINDINGS) + " more findings (see the drift page)");
    }
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    if (timings) {
      List<String> stages = new ArrayList<>();
      stages.add("load (doclet + docs + link) " + seconds(load));
      outcome.timings().forEach(t -> stages.add(t.toString()));
      err.println("archdoc: timings: " + String.join(", ", stages) + "; total " + seconds(total));
    }
    err.printf("archdoc: wrote %d pages to %s in %s (%d findings)%n",
        result.pages(), display(root, site), seconds(total), findings.size());
    return outcome.check().exitCode(level.get());
  }

  private static String display(Path root, Path site) {
    return site.startsWith(root) && !site.equals(root) ? root.relativize(site) + "/" : site.toString();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2fs", duration.toNanos() / 1e9);
  }
}
