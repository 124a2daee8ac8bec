package dev.archdoc.maven;

import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.check.report.ReportFormat;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs every drift rule over the archdoc project this module belongs to, renders and link-checks
 * its site without writing it (so it reports what {@code archdoc:build} reports), and fails the
 * build when one finding is an error. Bound to {@code verify}, so {@code mvn package} does not run it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckMojo extends ArchdocMojo {

  /** Also write the findings to this file, in {@link #format}. */
  @Parameter(property = "archdoc.output")
  private File output;

  /** The format of {@link #output}: text, github, junit or sarif. */
  @Parameter(property = "archdoc.format", defaultValue = "text")
  private String format;

  /**
   * Also write the findings as SARIF 2.1.0 to this file, beside {@link #output}: on GitHub, one run
   * gives annotations ({@code format=github}) and a file for code scanning.
   */
  @Parameter(property = "archdoc.sarif")
  private File sarif;

  /** Skips the check. */
  @Parameter(property = "archdoc.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("archdoc check skipped (archdoc.skip)");
      return;
    }
    ReportFormat reportFormat = ReportFormat.byId(format).orElseThrow(() -> new MojoFailureException(
        "archdoc: unknown format '" + format + "'; use one of " + String.join(", ", ReportFormat.ids())));
    Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    long started = System.nanoTime();
    // the same pipeline as archdoc:build, without the write: the same findings (ADR-24); what
    // archdoc:build in package has just read and rendered is reused from the build cache (ADR-15)
    CheckResult result;
    try {
      result = SiteBuild.run(SiteBuild.Request.check(root, reactorClasspath())).check();
    } catch (IOException e) {
      throw new MojoExecutionException("archdoc: cannot check: " + e.getMessage(), e);
    }
    // errors are listed once, in the failure below, which Maven repeats at the end of the build
    Findings.log(result.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList(), getLog());
    if (output != null) {
      try {
        reportFormat.write(result, root, output.toPath());
      } catch (IOException e) {
        throw new MojoExecutionException("archdoc: cannot write " + output + ": " + e.getMessage(), e);
      }
    }
    if (sarif != null) {
      try {
        ReportFormat.SARIF.write(result, root, sarif.toPath());
      } catch (IOException e) {
        throw new MojoExecutionException("archdoc: cannot write " + sarif + ": " + e.getMessage(), e);
      }
    }
    getLog().info("archdoc check of " + root + ": " + result.summary() + " in "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
    if (result.exitCode() != CheckResult.CLEAN) {
      String errors = result.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR)
          .map(Finding::toString)
          .collect(Collectors.joining("\n  ", "\n  ", ""));
      String why = result.configBroken()
          ? "archdoc.yml cannot be used:"
          : "the docs drifted from the code (" + result.summary() + "):";
      throw new MojoFailureException("archdoc check failed: " + why + errors);
    }
  }
}
