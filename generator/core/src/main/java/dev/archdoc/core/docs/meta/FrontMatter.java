package dev.archdoc.core.docs.meta;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML front matter of a Markdown page or ADR ({@code ---} first line, closed by {@code ---}
 * or {@code ...}), read with a real YAML parser into metadata entries with lines: the one reader
 * for both, so a page and an ADR follow the same rules. Values are taken as the text written
 * (YAML's {@code 0032} stays {@code 0032}, not octal; {@code 2020-01-01} is not turned into a
 * timestamp). A block with no closing line is reported and ignored. A key given twice is an error,
 * and only its first value is read (ADR 20). A value that is a mapping is kept as flattened text
 * ({@link MetadataEntry.Shape#MAPPING}); whether that is a problem is the caller's to say.
 *
 * @param entries the top-level keys in order
 * @param bodyStart the 0-based index of the first line after the front matter (0 when none)
 * @param findings problems with the front matter, under the caller's rule; the rest of the
 *     document is still read
 */
@Decision(value = "ADR-28", note = "one front-matter reader for pages and ADRs")
public record FrontMatter(List<MetadataEntry> entries, int bodyStart, List<Finding> findings) {

  private static final FrontMatter NONE = new FrontMatter(List.of(), 0, List.of());

  public FrontMatter {
    entries = List.copyOf(entries);
    findings = List.copyOf(findings);
  }

  /**
   * Reads the front matter at the top of {@code lines}.
   *
   * @param firstLine the 1-based file line of {@code lines}' first line (an ADR body read from
   *     line 12 reports lines of the whole file)
   * @param rule the drift rule the findings belong to
   */
  public static FrontMatter read(List<String> lines, Path file, int firstLine, String rule) {
    return new Reader(file, firstLine, rule).read(lines);
  }

  /**
   * The values as plain Java for templates and titles: text as written, a list as a list of texts,
   * a mapping as its flattened text.
   */
  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (MetadataEntry entry : entries) {
      values.put(entry.key(), entry.shape() == MetadataEntry.Shape.LIST
          ? entry.values().stream().map(MetadataEntry.Value::text).toList()
          : entry.values().get(0).text());
    }
    return values;
  }

  private record Reader(Path file, int firstLine, String rule) {

    FrontMatter read(List<String> lines) {
      if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
        return NONE;
      }
      int close = -1;
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.equals("---") || line.equals("...")) {
          close = i;
          break;
        }
      }
      if (close < 0) {
        return new FrontMatter(List.of(), 0, List.of(Finding.error(rule, file, firstLine,
            "front matter starts here but has no closing '---' line; its metadata is ignored")));
      }
      String yaml = String.join("\n", lines.subList(1, close));
      List<Finding> findings = new ArrayList<>();
      Node root;
      try {
        LoaderOptions options = dev.archdoc.core.safety.InputLimits.yamlOptions();
        root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(yaml));
      } catch (YAMLException e) {
        if (!dev.archdoc.core.safety.InputLimits.isYamlLimit(e)) {
          return malformed(e, close, findings);
        }
        findings.add(dev.archdoc.core.safety.InputLimits.yamlTooLarge(file, firstLine));
        return new FrontMatter(List.of(), close + 1, findings);
      }
      if (root == null) {
        return new FrontMatter(List.of(), close + 1, findings);
      }
      if (!(root instanceof MappingNode mapping)) {
        findings.add(Finding.error(rule, file, line(root),
            "front matter should be a mapping of keys to values; it is ignored"));
        return new FrontMatter(List.of(), close + 1, findings);
      }
      List<MetadataEntry> entries = new ArrayList<>();
      Map<String, Integer> firstLines = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          findings.add(Finding.warning(rule, file, line(tuple.getKeyNode()),
              "front matter key is not text; it is ignored"));
          continue;
        }
        Integer first = firstLines.putIfAbsent(key.getValue(), line(key));
        if (first != null) {
          // YAML allows a key once; which value was meant is a guess, and guessing 'status' is a false finding
          findings.add(Finding.error(rule, file, line(key), "front matter key '" + key.getValue()
              + "' is given twice (first on line " + first + "); YAML allows a key once, so this value is"
              + " ignored: keep the one that holds"));
          continue;
        }
        Node value = tuple.getValueNode();
        int keyLine = line(key);
        if (value instanceof ScalarNode scalar) {
          if (!scalar.getTag().equals(Tag.NULL)) {
            entries.add(MetadataEntry.text(key.getValue(), scalar.getValue(), line(scalar)));
          }
        } else if (value instanceof SequenceNode sequence) {
          List<MetadataEntry.Value> values = new ArrayList<>();
          for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalarItem) {
              if (!scalarItem.getTag().equals(Tag.NULL)) {
                values.add(new MetadataEntry.Value(scalarItem.getValue(), line(item)));
              }
            } else {
              values.add(new MetadataEntry.Value(flatten(item), line(item)));
            }
          }
          entries.add(new MetadataEntry(key.getValue(), values, keyLine, MetadataEntry.Shape.LIST));
        } else {
          entries.add(new MetadataEntry(key.getValue(),
              List.of(new MetadataEntry.Value(flatten(value), line(value))), keyLine,
              MetadataEntry.Shape.MAPPING));
        }
      }
      return new FrontMatter(entries, close + 1, findings);
    }

    /** Text for a nested value archdoc does not interpret, kept for templates that might. */
    private static String flatten(Node node) {
      if (node instanceof ScalarNode scalar) {
        return scalar.getValue();
      }
      if (node instanceof SequenceNode sequence) {
        return sequence.getValue().stream().map(Reader::flatten).collect(Collectors.joining(", "));
      }
      if (node instanceof MappingNode mapping) {
        return mapping.getValue().stream()
            .map(tuple -> flatten(tuple.getKeyNode()) + ": " + flatten(tuple.getValueNode()))
            .collect(Collectors.joining(", "));
      }
      return "";
    }

    /** The 1-based file line of a node: the YAML starts on the line after the opening {@code ---}. */
    private int line(Node node) {
      return firstLine + 1 + node.getStartMark().getLine();
    }

    private FrontMatter malformed(YAMLException thrown, int close, List<Finding> findings) {
      if (thrown instanceof MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? firstLine : firstLine + 1 + mark.getLine();
        String problem = e.getProblem() != null ? e.getProblem() : "cannot be parsed";
        findings.add(Finding.error(rule, file, line,
            "malformed YAML front matter: " + problem + "; its metadata is ignored"));
        return new FrontMatter(List.of(), close + 1, findings);
      }
      findings.add(Finding.error(rule, file, firstLine,
          "malformed YAML front matter: " + dev.archdoc.core.safety.Excerpt.of(thrown.getMessage())
              + "; its metadata is ignored"));
      return new FrontMatter(List.of(), close + 1, findings);
    }
  }
}
