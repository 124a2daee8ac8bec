package dev.archdoc.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the Java release a project's build states plainly")
class JavaReleaseTest {

  @TempDir Path project;

  private void file(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  @Test
  @DisplayName("JabRef's build-logic convention plugin: options.release = 25, beside a toolchain set from a variable")
  void gradleConventionPluginInBuildLogic() throws IOException {
    file("settings.gradle.kts", "rootProject.name = \"JabRef\"\n");
    file("build-logic/src/main/kotlin/org.jabref.gradle.feature.compile.gradle.kts",
        "java {\n  toolchain {\n    // Default 25; override with -PjavaVersion=26\n"
            + "    languageVersion = JavaLanguageVersion.of(javaVersion)\n  }\n}\n"
            + "tasks.withType<JavaCompile>().configureEach {\n    options.release = 25\n}\n");
    JavaRelease release = JavaRelease.statedInBuild(project).orElseThrow();
    assertEquals(25, release.release());
    assertEquals(Path.of("build-logic/src/main/kotlin/org.jabref.gradle.feature.compile.gradle.kts"), release.file());
    assertEquals(8, release.line());
    assertEquals("options.release = 25", release.stated());
  }

  @Test
  @DisplayName("Gradle: a literal toolchain, sourceCompatibility and jvmToolchain; commented lines do not count")
  void gradleForms() throws IOException {
    file("build.gradle", "java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }\n"
        + "// options.release = 99\n");
    file("app/build.gradle.kts", "java { sourceCompatibility = JavaVersion.VERSION_17 }\nkotlin { jvmToolchain(11) }\n");
    assertEquals(21, JavaRelease.statedInBuild(project).orElseThrow().release());
  }

  @Test
  @DisplayName("Maven: maven.compiler.release, following one property; 1.8 is 8")
  void mavenProperties() throws IOException {
    file("pom.xml", "<project>\n  <properties>\n    <java.version>21</java.version>\n"
        + "    <maven.compiler.release>${java.version}</maven.compiler.release>\n  </properties>\n</project>\n");
    JavaRelease release = JavaRelease.statedInBuild(project).orElseThrow();
    assertEquals(21, release.release());
    assertEquals(4, release.line());
    file("pom.xml", "<project><properties><maven.compiler.source>1.8</maven.compiler.source></properties></project>");
    assertEquals(8, JavaRelease.statedInBuild(project).orElseThrow().release());
  }

  @Test
  @DisplayName("Maven: the compiler plugin's release")
  void mavenCompilerPlugin() throws IOException {
    file("pom.xml", "<project><build><plugins><plugin>\n<artifactId>maven-compiler-plugin</artifactId>\n"
        + "<configuration><release>17</release></configuration></plugin></plugins></build></project>");
    assertEquals(17, JavaRelease.statedInBuild(project).orElseThrow().release());
  }

  @Test
  @DisplayName("a pom with a DTD is not read (no external entities from an attacker's pom), and nothing stated is nothing")
  void hostileOrSilentBuilds() throws IOException {
    file("pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
        + "<project><properties><maven.compiler.release>&x;</maven.compiler.release></properties></project>");
    assertEquals(Optional.empty(), JavaRelease.statedInBuild(project));
    file("pom.xml", "<project><properties><maven.compiler.release>${unknown}</maven.compiler.release></properties></project>");
    assertEquals(Optional.empty(), JavaRelease.statedInBuild(project));
  }

  @Test
  @DisplayName("java: in archdoc.yml is read, and a value that is not a release is refused with its line")
  void javaKeyInArchdocYml() {
    ProjectFacts facts = new ProjectFacts("shop", java.util.List.of(), path -> false);
    ConfigResult good = ConfigReader.parse(Optional.of("title: Shop\njava: 21\n"), facts);
    assertEquals(21, good.config().orElseThrow().java().orElseThrow().release());
    assertEquals(2, good.config().orElseThrow().java().orElseThrow().line());
    ConfigResult bad = ConfigReader.parse(Optional.of("title: Shop\njava: latest\n"), facts);
    assertTrue(!bad.ok());
    assertEquals(2, bad.problems().get(0).line());
    assertTrue(bad.problems().get(0).message().contains("java: 'latest' is not a Java release"), bad.problems().toString());
  }
}
