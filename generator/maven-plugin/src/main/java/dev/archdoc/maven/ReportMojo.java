package dev.archdoc.maven;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.site.ParentSite;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Architecture" entry of {@code mvn site}: builds the archdoc site of the project this module
 * belongs to into {@code archdoc/} of the Maven site, with the reactor's class path, and writes a
 * short page ({@code architecture.html}) that links to it and sums it up: the systems, their
 * decisions by status and the drift findings. Listed under {@code <reporting>}; findings never
 * fail the site, as in {@code archdoc:build}.
 *
 * <p>A report is a Maven report mojo, not an {@link ArchdocMojo}; it shares the project root and
 * the class path through {@link ArchdocProject} and {@link ReactorClasspath}.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

  static final String SITE_FOLDER = "archdoc";

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Component
  private ProjectDependenciesResolver resolver;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** The archdoc project root; by default the nearest folder up with archdoc.yml, else the top of the build. */
  @Parameter(property = "archdoc.projectRoot")
  private File projectRoot;

  /** The version the site documents, shown on every page. */
  @Parameter(property = "archdoc.version", defaultValue = "${project.version}")
  private String version;

  /** Skips the report: no page, no menu entry. */
  @Parameter(property = "archdoc.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public String getOutputName() {
    return "architecture";
  }

  @Override
  public String getName(Locale locale) {
    return "Architecture";
  }

  @Override
  public String getDescription(Locale locale) {
    return "The architecture site: decisions, system, tours, drift";
  }

  /**
   * Only in one module: the first of the build that belongs to the archdoc project and lists this
   * report, usually the top, so {@code mvn site} makes one architecture site, not one per module.
   */
  @Override
  public boolean canGenerateReport() {
    if (skip) {
      getLog().info("archdoc report skipped (archdoc.skip)");
      return false;
    }
    Path root = ArchdocProject.root(session, project, projectRoot);
    MavenProject acting = ArchdocProject.firstReporting(session, project, projectRoot, root, plugin.getPluginLookupKey());
    if (acting != project) {
      getLog().info("archdoc report: not in " + project.getArtifactId() + "; the report of " + root
          + " is made once, in " + acting.getArtifactId());
    }
    return acting == project;
  }

  /**
   * The Maven site this report is part of, by the project's name: its Project Reports page, one
   * folder above the archdoc site, which lists this report and which {@code mvn site} always
   * writes when it runs a report (an {@code index.html} only when the project has one).
   */
  private ParentSite mavenSite() {
    String name = project.getName();
    return new ParentSite(name == null || name.isBlank() ? project.getArtifactId() : name, "../project-reports.html");
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    Path root = ArchdocProject.root(session, project, projectRoot);
    // made at the top, before the modules in build order: every module's class path, not only earlier ones'
    List<Path> classpath = ReactorClasspath.ofModules(session,
        ArchdocProject.modulesOf(session, projectRoot, root), resolver, getLog());
    Path out = getReportOutputDirectory().toPath().resolve(SITE_FOLDER);
    long started = System.nanoTime();
    SiteBuild.Outcome outcome;
    try {
      // every page leads back to the Maven site it is a report of
      outcome = SiteBuild.run(new SiteBuild.Request(root, out, version, classpath).withParent(mavenSite()));
    } catch (IOException e) {
      throw new MavenReportException("archdoc: cannot write the site to " + out + ": " + e.getMessage(), e);
    }
    if (outcome.site().isEmpty()) {
      throw new MavenReportException("archdoc report: archdoc.yml cannot be used:\n  "
          + outcome.configProblems().stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
    }
    for (Finding finding : outcome.findings()) {
      if (finding.severity() == Severity.INFO) {
        getLog().info(finding.toString());
      } else {
        getLog().warn(finding.toString()); // drift fails the build in check, not here
      }
    }
    getLog().info("archdoc: wrote " + outcome.site().get().pages() + " pages to " + out + " in "
        + (System.nanoTime() - started) / 1_000_000 + " ms (" + outcome.findings().size() + " findings)");
    render(getSink(), outcome.project().orElseThrow(), outcome.findings());
  }

  private void render(Sink sink, ProjectModel model, List<Finding> findings) {
    sink.head();
    sink.title();
    sink.text("Architecture");
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text("Architecture");
    sink.sectionTitle1_();
    sink.paragraph();
    sink.text("The architecture site of " + model.config().title() + " is built by archdoc: ");
    sink.link(SITE_FOLDER + "/index.html");
    sink.text("open the architecture site");
    sink.link_();
    sink.text(".");
    sink.paragraph_();

    sink.table();
    sink.tableRows();
    headerRow(sink, "System", "Decisions", "Accepted", "Proposed", "Superseded or deprecated");
    for (SystemModel system : model.systems()) {
      List<Adr> adrs = system.docs().decisions().adrs();
      Map<StatusKind, Long> byStatus = new EnumMap<>(StatusKind.class);
      adrs.forEach(adr -> byStatus.merge(adr.status().kind(), 1L, Long::sum));
      row(sink, system.name(), String.valueOf(adrs.size()),
          String.valueOf(byStatus.getOrDefault(StatusKind.ACCEPTED, 0L)),
          String.valueOf(byStatus.getOrDefault(StatusKind.PROPOSED, 0L)),
          String.valueOf(byStatus.getOrDefault(StatusKind.SUPERSEDED, 0L)
              + byStatus.getOrDefault(StatusKind.DEPRECATED, 0L)));
    }
    sink.tableRows_();
    sink.table_();

    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
    sink.paragraph();
    sink.text("Drift findings: " + bySeverity.getOrDefault(Severity.ERROR, 0L) + " errors, "
        + bySeverity.getOrDefault(Severity.WARNING, 0L) + " warnings, "
        + bySeverity.getOrDefault(Severity.INFO, 0L) + " notes; ");
    sink.link(SITE_FOLDER + "/drift.html");
    sink.text("see the drift page");
    sink.link_();
    sink.text(".");
    sink.paragraph_();
    sink.section1_();
    sink.body_();
    sink.flush();
  }

  private static void headerRow(Sink sink, String... cells) {
    sink.tableRow();
    for (String cell : cells) {
      sink.tableHeaderCell();
      sink.text(cell);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
  }

  private static void row(Sink sink, String... cells) {
    sink.tableRow();
    for (String cell : cells) {
      sink.tableCell();
      sink.text(cell);
      sink.tableCell_();
    }
    sink.tableRow_();
  }
}
