package dev.archdoc.core.docs.page;

import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown page's YAML front matter ({@code ---} first line, closed by {@code ---} or {@code
 * ...}), read with a real YAML parser: flexmark's own visitor returns every value as a list of
 * strings, which loses numbers, nesting and quoting.
 */
final class FrontMatter {

  /** The front matter's values and the number of lines it spans (0 when there is none). */
  record Parsed(Map<String, Object> values, int lineCount, List<Finding> findings) {}

  private FrontMatter() {}

  static Parsed parse(Path file, int firstLine, String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new Parsed(Map.of(), 0, List.of());
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return new Parsed(Map.of(), 0, List.of());
    }
    String yaml = String.join("\n", lines.subList(1, close));
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      Object loaded = new Yaml(new SafeConstructor(dev.archdoc.core.safety.InputLimits.yamlOptions())).load(yaml);
      if (loaded instanceof Map<?, ?> map) {
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
      } else if (loaded != null) {
        findings.add(Finding.error(PageReader.SYNTAX_RULE, file, firstLine,
            "front matter is not a mapping of keys to values"));
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = firstLine + 1 + (mark == null ? 0 : mark.getLine());
      findings.add(Finding.error(PageReader.SYNTAX_RULE, file, line,
          "malformed front matter: " + firstSentence(e.getProblem() != null ? e.getProblem() : e.getMessage())));
    } catch (YAMLException e) {
      findings.add(dev.archdoc.core.safety.InputLimits.isYamlLimit(e)
          ? dev.archdoc.core.safety.InputLimits.yamlTooLarge(file, firstLine)
          : Finding.error(PageReader.SYNTAX_RULE, file, firstLine,
              "malformed front matter: " + dev.archdoc.core.safety.Excerpt.of(firstSentence(e.getMessage()))));
    }
    return new Parsed(values, close + 1, findings);
  }

  private static String firstSentence(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
