package dev.archdoc.cli;

import dev.archdoc.core.adopt.InitPlan;
import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.config.ProjectLocator;
import dev.archdoc.core.docs.adr.NewDecision;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc init}: a first archdoc.yml (and ADR) from what the project has, then the first check (ADR-32). */
@Command(
    name = "init",
    description = {
      "Adopts archdoc in an existing project: writes archdoc.yml from what it finds (the Maven or Gradle"
          + " modules' source roots, the ADR folders and their format, a commented layers suggestion from"
          + " the top-level packages), and a first ADR in the decisions folder when there is none (from the"
          + " folder's own template, if it keeps one). It never overwrites a file.",
      "It then prints the Maven plugin or command-line lines and the CI workflow to copy, and runs"
          + " 'archdoc check' once, saying how to adopt the gate when the docs have already drifted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (whatever the first check found)", "2:bad usage, configuration or I/O"})
@dev.archdoc.annotations.Decision("ADR-32")
final class InitCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--no-check", description = "do not run the first check")
  boolean noCheck;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> folder = projectOption.folder(err);
    if (folder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path root = folder.get().toAbsolutePath().normalize();
    Path config = root.resolve(ProjectLocator.CONFIG);
    boolean configured = Files.exists(config, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    InitPlan.Result result = InitPlan.find(root);
    if (result.found().isEmpty()) {
      result.problems().forEach(err::println);
      return ArchdocCommand.BAD_INPUT;
    }
    InitPlan.Found found = result.found().get();
    out.println("archdoc init: " + root);
    out.println("  build: " + switch (found.build()) {
      case MAVEN -> "Maven";
      case GRADLE -> "Gradle";
      case NONE -> "none found";
    } + ", " + found.system().sources().size() + " Java source root" + (found.system().sources().size() == 1 ? "" : "s"));
    out.println("  decisions: " + found.adrSummary() + (found.system().decisions().isEmpty() ? ""
        : " in " + String.join(", ", found.system().decisions().stream().map(InitCommand::slashes).toList())));
    if (!found.topPackages().isEmpty()) {
      out.println("  packages: " + found.topPackages().size() + " below " + (found.packagesRoot().isEmpty()
          ? "the root" : found.packagesRoot()));
    }
    if (configured) {
      out.println("  archdoc.yml exists: left as it is");
    } else {
      if (!write(root, Path.of(ProjectLocator.CONFIG), found.configText(), out, err)) {
        return ArchdocCommand.BAD_INPUT;
      }
    }
    if (found.adrs().isEmpty() && !found.unreadAdrFolders().isEmpty()) {
      // decision records in a layout archdoc does not read: a first ADR would start a second log
      out.println("  " + String.join(", ", found.unreadAdrFolders().stream().map(InitCommand::slashes).toList())
          + (found.unreadAdrFolders().size() == 1 ? " looks" : " look") + " like decision records archdoc does not"
          + " read (it reads NNNN-title.md/.adoc files); no first ADR written. Name the folder under decisions: in"
          + " archdoc.yml if its files are numbered ADRs");
    } else if (found.adrs().isEmpty() && !configured) {
      if (!firstAdr(root, found, out, err)) {
        return ArchdocCommand.BAD_INPUT;
      }
    }
    out.println();
    out.print(snippets(found));
    out.flush();
    if (noCheck) {
      return ArchdocCommand.OK;
    }
    out.println();
    out.println("archdoc init: running the first check (archdoc check)...");
    out.flush();
    CheckResult check = SiteBuild.run(SiteBuild.Request.check(root, List.of())).check();
    out.print(dev.archdoc.core.check.report.ReportFormat.byId("text").orElseThrow().render(check, root));
    out.print(advice(check));
    out.flush();
    return ArchdocCommand.OK;
  }

  private static boolean write(Path root, Path file, String text, PrintWriter out, PrintWriter err) throws IOException {
    Path target = root.resolve(file);
    try {
      Files.createDirectories(target.getParent());
      // CREATE_NEW: a file that appeared since we looked is still never overwritten
      Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      out.println("  " + slashes(file) + " exists: left as it is");
      return true;
    } catch (IOException e) {
      err.println(slashes(file) + ": error: cannot write it: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
      return false;
    }
    out.println("  wrote " + slashes(file));
    return true;
  }

  private static boolean firstAdr(Path root, InitPlan.Found found, PrintWriter out, PrintWriter err) throws IOException {
    Path folder = found.firstAdrFolder();
    NewDecision.Format markup = found.asciiDoc() ? NewDecision.Format.ADOC : NewDecision.Format.MD;
    Optional<NewCommand.Template> template = NewCommand.template(root, folder, markup);
    if (template.isPresent() && NewDecision.templateProblem(template.get().text(), markup).isPresent()) {
      out.println("  " + slashes(template.get().file()) + " cannot be filled ("
          + NewDecision.templateProblem(template.get().text(), markup).get() + "): the first ADR uses archdoc's own");
      template = Optional.empty();
    }
    NewDecision.Plan plan = NewDecision.plan("Record architecture decisions", markup, folder, List.of(),
        LocalDate.now(), template.map(NewCommand.Template::text), Optional.empty(), Optional.empty());
    return write(root, plan.created().file(), plan.created().text(), out, err);
  }

  /** The lines to copy into the build and the CI workflow. */
  static String snippets(InitPlan.Found found) {
    String version = Optional.ofNullable(InitCommand.class.getPackage().getImplementationVersion()).orElse("0.1.0-SNAPSHOT");
    StringBuilder text = new StringBuilder();
    if (found.build() == InitPlan.Build.MAVEN) {
      text.append("Add the plugin to the top pom.xml (check gates verify; build writes the site in package):\n\n")
          .append("  <plugin>\n")
          .append("    <groupId>dev.archdoc</groupId>\n")
          .append("    <artifactId>archdoc-maven-plugin</artifactId>\n")
          .append("    <version>").append(version).append("</version>\n")
          .append("    <executions>\n")
          .append("      <execution>\n")
          .append("        <goals><goal>build</goal><goal>check</goal></goals>\n")
          .append("      </execution>\n")
          .append("    </executions>\n")
          .append("  </plugin>\n\n")
          .append("and, to cite decisions in code with @Decision(\"ADR-1\"), the annotations:\n\n")
          .append("  <dependency>\n")
          .append("    <groupId>dev.archdoc</groupId>\n")
          .append("    <artifactId>archdoc-annotations</artifactId>\n")
          .append("    <version>").append(version).append("</version>\n")
          .append("    <scope>provided</scope>\n")
          .append("  </dependency>\n\n");
    } else {
      text.append("Run the check in the build or CI with the command line:\n\n")
          .append("  java -jar archdoc.jar check\n\n");
    }
    String check = found.build() == InitPlan.Build.MAVEN ? "mvn -B verify" : "java -jar archdoc.jar check --format github";
    text.append("A GitHub Actions workflow (.github/workflows/archdoc.yml): the check gates the pull request,\n")
        .append("'affected' lists the decisions and pages whose code it changes:\n\n")
        .append("  name: archdoc\n")
        .append("  on: pull_request\n")
        .append("  permissions:\n")
        .append("    contents: read\n")
        .append("  jobs:\n")
        .append("    docs:\n")
        .append("      runs-on: ubuntu-24.04\n")
        .append("      steps:\n")
        .append("        - uses: actions/checkout@v6\n")
        .append("          with:\n")
        .append("            fetch-depth: 0   # affected compares with the base branch\n")
        .append("        - uses: actions/setup-java@v5\n")
        .append("          with:\n")
        .append("            distribution: temurin\n")
        .append("            java-version: \"17\"\n")
        .append("        - run: ").append(check).append('\n')
        .append("        - if: always()\n")
        .append("          env:\n")
        .append("            BASE: origin/${{ github.base_ref }}\n")
        .append("          run: java -jar archdoc.jar affected --since \"$BASE\" --format github\n");
    return text.toString();
  }

  /** What to do about the first check's errors: how to adopt the gate without a red build. */
  static String advice(CheckResult check) {
    Map<String, Integer> errorsByRule = new TreeMap<>();
    for (Finding finding : check.findings()) {
      if (finding.severity() == Severity.ERROR) {
        errorsByRule.merge(finding.rule(), 1, Integer::sum);
      }
    }
    StringBuilder text = new StringBuilder();
    if (errorsByRule.isEmpty()) {
      return text.append("archdoc init: the docs and the code agree; commit archdoc.yml and add the check to CI.\n")
          .append("Then 'archdoc accept' records the signatures the docs rely on (archdoc.lock), so a later change\n")
          .append("to them is reported.\n").toString();
    }
    boolean unreadable = errorsByRule.keySet().stream().allMatch(rule -> rule.equals("config") || rule.equals("code-model"));
    if (unreadable) {
      return text.append("archdoc init: archdoc could not read this project as it is; do what the errors above say")
          .append(" (a newer JDK, a fix in archdoc.yml), then run 'archdoc check'.\n").toString();
    }
    text.append("archdoc init: the docs have already drifted from the code (")
        .append(String.join(", ", errorsByRule.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()))
        .append("). To adopt the gate without a red build:\n");
    if (errorsByRule.containsKey("layer-violation")) {
      text.append("  - 'archdoc baseline' records today's layer violations in archdoc.baseline; commit it, and only\n")
          .append("    new violations fail.\n");
    }
    List<String> others = errorsByRule.keySet().stream()
        .filter(rule -> !rule.equals("layer-violation") && !rule.equals("config") && !rule.equals("code-model")).toList();
    if (!others.isEmpty()) {
      text.append("  - fix the findings above, or record that they are known while you do: in archdoc.yml,\n")
          .append("    rules:\n");
      others.forEach(rule -> text.append("      ").append(rule).append(": warning\n"));
      text.append("    (they are then printed, and fail nothing; raise them back to error once fixed).\n");
    }
    if (errorsByRule.containsKey("config") || errorsByRule.containsKey("code-model")) {
      text.append("  - config and code-model errors cannot be lowered: fix archdoc.yml or the sources they name.\n");
    }
    return text.toString();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
