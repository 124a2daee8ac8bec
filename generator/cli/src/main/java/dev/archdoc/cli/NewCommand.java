package dev.archdoc.cli;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrDiscovery;
import dev.archdoc.core.docs.adr.Decisions;
import dev.archdoc.core.docs.adr.NewDecision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archdoc new "Title"}: writes the next numbered ADR, and marks the one it supersedes. */
@Command(
    name = "new",
    description = {
      "Writes the next numbered ADR of a system from the template (the project's own"
          + " template.md / adr-template.md (or .adoc) in the decisions folder, else archdoc's MADR or AsciiDoc one).",
      "With --supersedes N, the new ADR states that it supersedes N, and N's status is changed to"
          + " superseded in the way N already writes it, so both sides agree."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ADR written", "2:bad usage, configuration or I/O"})
final class NewCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TITLE", description = "the decision's title")
  String title;

  @Mixin ProjectOption projectOption;

  @Option(names = "--system", paramLabel = "NAME", description = "the system to add it to (needed when archdoc.yml has several)")
  String system;

  @Option(names = "--supersedes", paramLabel = "N", description = "the ADR this one replaces: 4, 0004, ADR-4 or a slug")
  String supersedes;

  @Option(names = "--format", paramLabel = "md|adoc", description = "the markup (default: ${DEFAULT-VALUE})")
  String format = "md";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    if (title.isBlank()) {
      err.println("archdoc new: error: the title is empty");
      return ArchdocCommand.BAD_INPUT;
    }
    NewDecision.Format markup;
    try {
      markup = NewDecision.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("archdoc new: error: unknown --format '" + format + "'; use md or adoc");
      return ArchdocCommand.BAD_INPUT;
    }
    Path root = project.toAbsolutePath().normalize();
    ConfigResult configured = ConfigReader.read(root);
    if (!configured.ok()) {
      configured.problems().stream().map(ConfigProblem::toString).forEach(err::println);
      return ArchdocCommand.BAD_INPUT;
    }
    Optional<SystemConfig> target = chooseSystem(configured.config().orElseThrow(), err);
    if (target.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Decisions decisions = AdrDiscovery.load(root, target.get());
    Optional<Adr> replaced = Optional.empty();
    if (supersedes != null) {
      replaced = decisions.graph().find(supersedes);
      if (replaced.isEmpty()) {
        err.println("archdoc new: error: --supersedes " + supersedes + ": system '" + target.get().name()
            + "' has no such ADR");
        return ArchdocCommand.BAD_INPUT;
      }
    }
    Path folder = target.get().newDecisionsFolder();
    Optional<String> supersededText = replaced.isEmpty()
        ? Optional.empty()
        : Optional.of(Files.readString(root.resolve(replaced.get().file()), StandardCharsets.UTF_8));
    Optional<Template> template = template(root, folder, markup);
    if (template.isPresent()) {
      Optional<String> problem = NewDecision.templateProblem(template.get().text(), markup);
      if (problem.isPresent()) {
        err.println(slashes(template.get().file()) + ": error: this template " + problem.get() + "; nothing written");
        return ArchdocCommand.BAD_INPUT;
      }
    }
    NewDecision.Plan plan = NewDecision.plan(title.strip(), markup, folder, decisions.adrs(), LocalDate.now(),
        template.map(Template::text), replaced, supersededText);
    Path created = root.resolve(plan.created().file());
    if (Files.exists(created)) {
      err.println(plan.created().file() + ": error: already exists; nothing written");
      return ArchdocCommand.BAD_INPUT;
    }
    AtomicFiles.writeString(created, plan.created().text());
    err.println("archdoc new: wrote " + slashes(plan.created().file()));
    if (plan.updated().isPresent()) {
      AtomicFiles.writeString(root.resolve(plan.updated().get().file()), plan.updated().get().text());
      err.println("archdoc new: marked " + slashes(plan.updated().get().file()) + " superseded");
    }
    plan.warnings().forEach(warning -> err.println("archdoc new: warning: " + warning));
    return ArchdocCommand.OK;
  }

  private Optional<SystemConfig> chooseSystem(ArchdocConfig config, PrintWriter err) {
    List<String> names = config.systems().stream().map(SystemConfig::name).toList();
    if (system != null) {
      Optional<SystemConfig> named = config.system(system);
      if (named.isEmpty()) {
        err.println("archdoc new: error: no system '" + system + "' in archdoc.yml; the systems are "
            + String.join(", ", names));
      }
      return named;
    }
    if (config.systems().size() > 1) {
      err.println("archdoc new: error: archdoc.yml has several systems; pass --system with one of "
          + String.join(", ", names));
      return Optional.empty();
    }
    return Optional.of(config.systems().get(0));
  }

  /** A project's own ADR template: where it is (relative to the project root) and its text. */
  record Template(Path file, String text) {}

  /**
   * The project's own template for this markup, if it keeps one: in the decisions folder or its
   * {@code templates/} (adr-tools) or {@code template/} folder, named {@code template},
   * {@code adr-template} (MADR, JabRef) or {@code nygard-template}, first found in that order.
   */
  static Optional<Template> template(Path root, Path folder, NewDecision.Format markup) throws IOException {
    String extension = markup == NewDecision.Format.ADOC ? ".adoc" : ".md";
    for (String place : List.of("", "templates/", "template/")) {
      for (String name : List.of("template", "adr-template", "nygard-template")) {
        Path file = folder.resolve(place + name + extension);
        if (Files.isRegularFile(root.resolve(file))) {
          return Optional.of(new Template(file, Files.readString(root.resolve(file), StandardCharsets.UTF_8)));
        }
      }
    }
    return Optional.empty();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
