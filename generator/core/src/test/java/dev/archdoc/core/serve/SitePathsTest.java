package dev.archdoc.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SitePaths")
class SitePathsTest {

  @TempDir Path project;
  private Path site;

  @BeforeEach
  void site() throws IOException {
    site = project.resolve("site");
    Files.createDirectories(site.resolve("decisions"));
    Files.writeString(site.resolve("index.html"), "home");
    Files.writeString(site.resolve("decisions/a b.html"), "adr");
    Files.writeString(site.resolve("decisions/index.html"), "decisions");
    Files.writeString(project.resolve("secret.txt"), "secret");
  }

  @Test
  @DisplayName("finds files, folder index pages and percent-encoded names")
  void finds() {
    assertEquals(new SitePaths.Found(site.resolve("index.html")), SitePaths.resolve(site, "/"));
    assertEquals(new SitePaths.Found(site.resolve("decisions/index.html")), SitePaths.resolve(site, "/decisions/"));
    assertEquals(new SitePaths.Found(site.resolve("decisions/a b.html")), SitePaths.resolve(site, "/decisions/a%20b.html"));
    assertEquals(new SitePaths.Redirect("/decisions/"), SitePaths.resolve(site, "/decisions"));
    assertInstanceOf(SitePaths.Missing.class, SitePaths.resolve(site, "/nope.html"));
    assertInstanceOf(SitePaths.Missing.class, SitePaths.resolve(site, "/%252e%252e/secret.txt"));
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(strings = {
    "/../secret.txt", "/decisions/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
    "/.%2e/secret.txt", "/..%2fsecret.txt", "/decisions%2F..%2F..%2Fsecret.txt", "/..%5csecret.txt",
    "/..\\secret.txt", "/%00", "/./index.html", "/%zz", "secret.txt"})
  void refusesPathsThatLeaveTheSite(String raw) {
    assertInstanceOf(SitePaths.Forbidden.class, SitePaths.resolve(site, raw));
  }

  @Test
  @DisplayName("refuses a symbolic link that points out of the site")
  void refusesSymlinksOut() throws IOException {
    Files.createSymbolicLink(site.resolve("out.txt"), project.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("up"), project);
    assertInstanceOf(SitePaths.Forbidden.class, SitePaths.resolve(site, "/out.txt"));
    assertInstanceOf(SitePaths.Forbidden.class, SitePaths.resolve(site, "/up/secret.txt"));
  }
}
