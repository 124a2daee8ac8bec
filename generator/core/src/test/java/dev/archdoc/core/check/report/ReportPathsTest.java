package dev.archdoc.core.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reported paths are relative to the top of the repository, where code hosts look for them")
class ReportPathsTest {

  @TempDir Path tmp;

  private static final CheckResult RESULT = new CheckResult(List.of(
      Finding.error("layer-violation", Path.of("app/src/main/java/A.java"), 12, "uses B"),
      Finding.warning("adr-integrity", Path.of("arch-docs/decisions/0001-x.md"), 0, "no status")), false);

  @Test
  @DisplayName("in a monorepo, every format names the file from the repository's top, not from archdoc.yml")
  void monorepo() throws IOException {
    Files.createDirectories(tmp.resolve(".git"));
    Path project = Files.createDirectories(tmp.resolve("services/shop"));
    assertThat(ReportFormat.GITHUB.render(RESULT, project))
        .contains("::error file=services/shop/app/src/main/java/A.java,line=12,")
        .contains("::warning file=services/shop/arch-docs/decisions/0001-x.md,");
    assertThat(ReportFormat.SARIF.render(RESULT, project))
        .contains("\"uri\" : \"services/shop/app/src/main/java/A.java\"");
    assertThat(ReportFormat.JUNIT.render(RESULT, project)).contains("file=\"services/shop/app/src/main/java/A.java\"");
    assertThat(ReportFormat.TEXT.render(RESULT, project)).contains("services/shop/app/src/main/java/A.java:12: error:");
  }

  @Test
  @DisplayName("at the repository's top, or outside git, paths stay relative to the project root")
  void projectAtTheTop() throws IOException {
    assertThat(ReportFormat.GITHUB.render(RESULT, tmp)).isEqualTo(ReportFormat.GITHUB.render(RESULT));
    Files.createDirectories(tmp.resolve(".git"));
    assertThat(ReportFormat.SARIF.render(RESULT, tmp)).isEqualTo(ReportFormat.SARIF.render(RESULT));
  }
}
