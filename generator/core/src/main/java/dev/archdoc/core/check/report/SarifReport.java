package dev.archdoc.core.check.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run of the tool {@code archdoc}, its rules (every id of {@link DriftRule}, plus
 * any other rule id that has findings), and one result per finding with a location relative to
 * the top of the repository ({@code %SRCROOT%}) when {@link ReportFormat} rebased them, and, in
 * {@code properties}, the finding's kind and facts.
 */
final class SarifReport {

  private SarifReport() {}

  /** What the rule finds, from the registry, as a sentence. */
  private static String description(String rule) {
    return DriftRule.byId(rule)
        .map(known -> Character.toUpperCase(known.finds().charAt(0)) + known.finds().substring(1) + ".")
        .orElse("archdoc could not read its inputs (" + rule + ").");
  }

  static String render(CheckResult result) {
    List<String> rules = new ArrayList<>(DriftRule.ids());
    result.findings().stream().map(Finding::rule).distinct().sorted()
        .filter(rule -> !rules.contains(rule)).forEach(rules::add);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "archdoc");
      json.writeArrayFieldStart("rules");
      for (String rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule);
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", description(rule));
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart("%SRCROOT%");
      json.writeObjectFieldStart("description"); // a SARIF message object, not a string
      json.writeStringField("text", "the top of the git work tree (the project root outside git)");
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (Finding finding : result.findings()) {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", rules.indexOf(finding.rule()));
        json.writeStringField("level", switch (finding.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "note";
        });
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", finding.file().toString().replace('\\', '/'));
        json.writeStringField("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        if (finding.line() > 0) {
          json.writeObjectFieldStart("region");
          json.writeNumberField("startLine", finding.line());
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (finding.kind() != FindingKind.GENERAL || !finding.facts().isEmpty()) {
          // the typed data a consumer can filter on, e.g. javac's code of a compile error
          json.writeObjectFieldStart("properties");
          json.writeStringField("kind", finding.kind().name());
          for (Map.Entry<Fact, String> fact : finding.facts().entrySet()) {
            json.writeStringField(fact.getKey().key(), fact.getValue());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return text + "\n";
  }
}
