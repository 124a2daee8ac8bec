package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doclet as maven-javadoc-plugin runs it: by the javadoc tool, writing JSON to a file. */
@DisplayName("The doclet run by the javadoc tool itself")
class StandaloneDocletTest {

  @Test
  void writesTheModelAsJsonWhereItIsTold(@TempDir Path out) throws Exception {
    Path fixture = Path.of("src/test/resources/fixtures/golden");
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<Path> sources = List.of(fixture.resolve("src/g/Counter.java"));
      Path json = out.resolve("model.json");
      List<String> options =
          List.of("-quiet", "-private", "-classpath", ClassPath.annotations().toString(),
              "--archdoc-out", json.toString(), "--archdoc-project-root", fixture.toString());
      boolean ok =
          javadoc.getTask(new StringWriter(), files, null, ArchdocDoclet.class, options, files.getJavaFileObjectsFromPaths(sources)).call();
      assertTrue(ok);
      String written = Files.readString(json);
      assertTrue(written.contains("\"schemaVersion\" : 1"));
      assertTrue(written.contains("\"qualifiedName\" : \"g.Counter.Step\""));
      assertTrue(written.contains("\"file\" : \"src/g/Counter.java\""), "paths relative to the project root");
    }
  }
}
