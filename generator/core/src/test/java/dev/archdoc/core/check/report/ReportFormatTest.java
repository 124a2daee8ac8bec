package dev.archdoc.core.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Check results are reported as text, GitHub annotations, JUnit XML and SARIF")
class ReportFormatTest {

  private static final CheckResult RESULT = new CheckResult(List.of(
      Finding.error("layer-violation", Path.of("src/A.java"), 12, "'a.A' uses 'b.B', 50% of the time: <bad> & \"worse\"\nsecond line"),
      Finding.warning("adr-integrity", Path.of("docs/decisions/0001-x.md"), 0, "no status"),
      new Finding("stale-reference", Severity.INFO, Path.of("archdoc.lock"), 0, "a hint")), false);

  @Test
  @DisplayName("text is compiler style, one finding a line, then a summary")
  void text() {
    assertThat(ReportFormat.TEXT.render(RESULT)).startsWith(
        "archdoc.lock: info: a hint [stale-reference]\n"
            + "docs/decisions/0001-x.md: warning: no status [adr-integrity]\n"
            + "src/A.java:12: error: 'a.A' uses 'b.B', 50% of the time")
        .endsWith("archdoc check: 1 error, 1 warning, 1 info\n");
  }

  @Test
  @DisplayName("github annotations escape %, newlines, and : , in properties")
  void github() {
    assertThat(ReportFormat.GITHUB.render(RESULT).lines().toList()).containsExactly(
        "::notice file=archdoc.lock,title=archdoc stale-reference::a hint",
        "::warning file=docs/decisions/0001-x.md,title=archdoc adr-integrity::no status",
        "::error file=src/A.java,line=12,title=archdoc layer-violation::'a.A' uses 'b.B', 50%25 of the time:"
            + " <bad> & \"worse\"%0Asecond line",
        "archdoc check: 1 error, 1 warning, 1 info");
  }

  @Test
  @DisplayName("JUnit XML parses, has a suite per rule, and one failure per error")
  void junit() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(ReportFormat.JUNIT.render(RESULT).getBytes(StandardCharsets.UTF_8)));
    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    NodeList failures = xml.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    assertThat(((Element) failures.item(0)).getAttribute("message")).contains("<bad> & \"worse\"\nsecond line");
    // every registered rule, even those without findings
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(DriftRule.values().length);
  }

  @Test
  @DisplayName("JUnit XML still parses when a message holds characters XML 1.0 cannot hold")
  void junitDropsCharactersXmlCannotHold() throws Exception {
    CheckResult hostile = new CheckResult(List.of(
        Finding.error("layer-violation", Path.of("src/A\u0001.java"), 3, "bell \u0007, lone \uD800 surrogate, 'quoted'")), false);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(ReportFormat.JUNIT.render(hostile).getBytes(StandardCharsets.UTF_8)));
    assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("bell , lone  surrogate, 'quoted'");
  }

  @Test
  @DisplayName("SARIF is JSON of version 2.1.0 with a result per finding at its line")
  void sarif() throws IOException {
    String text = ReportFormat.SARIF.render(RESULT);
    List<String> levels = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(text)) {
      while (json.nextToken() != null) {
        if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("level")) {
          levels.add(json.nextTextValue());
        } else if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("startLine")) {
          json.nextToken();
          lines.add(json.getIntValue());
        }
      }
    }
    assertThat(text).contains("\"version\" : \"2.1.0\"");
    assertThat(levels).containsExactly("note", "warning", "error");
    assertThat(lines).containsExactly(12);
  }

  @Test
  @DisplayName("SARIF carries a finding's kind and facts as properties, and describes every rule from the registry")
  void sarifProperties() throws IOException {
    Finding compile = new Finding("code-model", Severity.ERROR, Path.of("src/A.java"), 3, "cannot find symbol",
        FindingKind.COMPILE_ERROR, Map.of(Fact.JAVAC_CODE, "compiler.err.cant.resolve.location", Fact.JAVAC_LINE, "3"));
    String text = ReportFormat.SARIF.render(new CheckResult(List.of(compile), false));
    assertThat(text.replaceAll("\\s+", "")).contains("\"properties\":{\"kind\":\"COMPILE_ERROR\","
        + "\"javac.code\":\"compiler.err.cant.resolve.location\",\"javac.line\":\"3\"}");
    assertThat(text).contains("\"text\" : \"Code cites an ADR id that does not exist.\"");
    assertThat(ReportFormat.TEXT.render(new CheckResult(List.of(compile), false)))
        .doesNotContain("compiler.err").contains("cannot find symbol");
  }

  @Test
  @DisplayName("a report written to a file replaces it whole and leaves no temporary file")
  void writesAtomically(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("out/report.txt");
    ReportFormat.TEXT.write(RESULT, file);
    ReportFormat.TEXT.write(new CheckResult(List.of(), false), file);
    assertThat(Files.readString(file)).isEqualTo("archdoc check: 0 errors, 0 warnings\n");
    try (var listed = Files.list(folder.resolve("out"))) {
      assertThat(listed).containsExactly(file);
    }
  }
}
