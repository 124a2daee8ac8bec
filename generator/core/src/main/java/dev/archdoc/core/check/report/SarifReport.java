package dev.archdoc.core.check.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run of the tool {@code archdoc}, its rules (every drift rule, plus any other
 * rule id that has findings, such as {@code config}), and one result per finding with a location
 * relative to the top of the repository ({@code %SRCROOT%}) when {@link ReportFormat} rebased them.
 */
final class SarifReport {

  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put("unresolved-code-ref", "A doc, ADR annotation or diagram names code that does not exist.");
    DESCRIPTIONS.put("unknown-decision", "Code cites an ADR id that does not exist.");
    DESCRIPTIONS.put("retired-decision", "Code cites an ADR that is superseded, deprecated or rejected.");
    DESCRIPTIONS.put("layer-violation", "A type depends on a type in a layer it may not use.");
    DESCRIPTIONS.put("diagram-drift", "A diagram names code that does not exist, or a checked diagram"
        + " disagrees with the real dependencies.");
    DESCRIPTIONS.put("stale-reference", "A referenced element's signature changed since the last accept.");
    DESCRIPTIONS.put("adr-integrity", "The ADR set has duplicate ids, dangling or cyclic supersessions,"
        + " or missing statuses.");
    DESCRIPTIONS.put("broken-link", "A link between docs points to a missing file or anchor.");
    DESCRIPTIONS.put("snippet-drift", "An included code region or tag no longer exists.");
  }

  private SarifReport() {}

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
        json.writeStringField("text", DESCRIPTIONS.getOrDefault(rule, "archdoc could not read its inputs (" + rule + ")."));
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
