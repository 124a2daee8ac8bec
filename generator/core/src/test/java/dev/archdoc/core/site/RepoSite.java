package dev.archdoc.core.site;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * This repository's own site, built once per test JVM: the dogfood every site test reads. Building
 * it takes seconds (the doclet, AsciidoctorJ), so the test classes share it.
 */
final class RepoSite {

  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  private static ProjectModel project;
  private static Path site;
  private static SiteBuilder.Result result;

  private RepoSite() {}

  static synchronized ProjectModel project() {
    if (project == null) {
      Loaded loaded = Pipeline.load(REPO, Pipeline.Options.DEFAULTS);
      project = loaded.project().orElseThrow(() -> new IllegalStateException("archdoc.yml: " + loaded.configProblems()));
    }
    return project;
  }

  static synchronized Path site() {
    if (site == null) {
      result = build(Path.of("target/site-tests/repo-site"));
      site = result.out();
    }
    return site;
  }

  static synchronized SiteBuilder.Result result() {
    site();
    return result;
  }

  static SiteBuilder.Result build(Path out) {
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (SiteBuild.Context context = SiteBuild.Context.cold(REPO, Path.of("target/site-tests/diagram-cache"))) {
        return SiteBuild.run(new SiteBuild.Request(REPO, out, "test", List.of()), context).site().orElseThrow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> files(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
    }
  }
}
