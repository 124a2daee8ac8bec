package dev.archdoc.core.check;

import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code archdoc.baseline}: the layer violations a code base had when it adopted the gate, so that
 * {@code check} fails only on new ones (ArchUnit calls this freezing a rule).
 *
 * <p>One violation per line, {@code from.Type -> to.Type}, sorted, with no line numbers, counts or
 * dates: the file changes only when a pair of types starts or stops violating, and two branches
 * that each fix a violation merge without a conflict. A pair is keyed by its two types, not by
 * its uses, so a further use between an already listed pair is not new. Only {@code
 * layer-violation} has a baseline (ADR-19).
 *
 * @param lines each listed pair and the 1-based line it is written on (0 for a baseline made from
 *     a project rather than read), sorted by pair
 */
@dev.archdoc.annotations.Decision("ADR-19")
public record LayerBaseline(SortedMap<Key, Integer> lines) {

  /** The file name, at the project root. */
  public static final String FILE_NAME = "archdoc.baseline";

  private static final String RULE = DriftRule.LAYER_VIOLATION.id();
  private static final String TYPE_NAME =
      "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(?:\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*";
  private static final Pattern LINE = Pattern.compile("(" + TYPE_NAME + ")\\s*->\\s*(" + TYPE_NAME + ")");

  /** A pair of types, the using one first: what one baseline line lists. */
  public record Key(String from, String to) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byFrom = from.compareTo(other.from);
      return byFrom != 0 ? byFrom : to.compareTo(other.to);
    }

    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  /**
   * The baseline as read from a project.
   *
   * @param baseline empty when there is no file
   * @param findings an error for each line that is not a pair of types
   */
  public record Read(LayerBaseline baseline, List<Finding> findings) {
    public Read {
      findings = List.copyOf(findings);
    }
  }

  public LayerBaseline {
    lines = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(lines));
  }

  /** The baseline {@code archdoc baseline} writes: every layer violation no exception allows, now. */
  public static LayerBaseline of(ProjectModel project) {
    ProjectFiles files = new ProjectFiles(project.root());
    SortedMap<Key, Integer> keys = new TreeMap<>();
    for (SystemModel system : project.systems()) {
      for (LayerViolations.Violation violation : LayerViolations.judge(project.config(), system, files).violations()) {
        keys.put(violation.key(), 0);
      }
    }
    return new LayerBaseline(keys);
  }

  /** Reads {@code archdoc.baseline} from the project root; no file is an empty baseline. Never throws. */
  public static Read read(ProjectFiles files) {
    return files.read(Path.of(FILE_NAME)).map(LayerBaseline::parse)
        .orElseGet(() -> new Read(new LayerBaseline(new TreeMap<>()), List.of()));
  }

  /** Reads the text of a baseline file: a pair a line; blank lines and {@code #} comments are skipped. */
  static Read parse(String text) {
    SortedMap<Key, Integer> keys = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher pair = LINE.matcher(line);
      if (!pair.matches()) {
        findings.add(Finding.error(RULE, Path.of(FILE_NAME), i + 1, "'" + shortened(line) + "' is not a baseline"
            + " line: each line is one known layer violation, 'com.example.UsingType -> com.example.UsedType';"
            + " fix the line, or run 'archdoc baseline' to write the file again"));
        continue;
      }
      keys.putIfAbsent(new Key(pair.group(1), pair.group(2)), i + 1);
    }
    return new Read(new LayerBaseline(keys), findings);
  }

  private static String shortened(String line) {
    return line.length() <= 120 ? line : line.substring(0, 117) + "...";
  }

  public boolean contains(Key key) {
    return lines.containsKey(key);
  }

  public int size() {
    return lines.size();
  }

  /** A warning at each listed pair that is no violation any more: its line can go. */
  List<Finding> removable(Collection<Key> current) {
    Set<Key> now = Set.copyOf(current);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Key, Integer> listed : lines.entrySet()) {
      if (!now.contains(listed.getKey())) {
        findings.add(Finding.warning(RULE, Path.of(FILE_NAME), listed.getValue(), "'" + listed.getKey()
            + "' is no longer a layer violation (it was fixed, or a layer exception allows it now); delete this"
            + " line, so that the violation cannot come back unnoticed"));
      }
    }
    return findings;
  }

  /** The file's text: a header, then one pair a line, sorted. */
  public String text() {
    StringBuilder out = new StringBuilder()
        .append("# ").append(FILE_NAME).append(": the layer violations known when this file was written, one a line.\n")
        .append("# 'archdoc check' does not fail on them, and warns when one is gone (delete its line then).\n")
        .append("# Written by 'archdoc baseline'; fix a violation rather than add a line by hand.\n");
    lines.keySet().forEach(key -> out.append(key).append('\n'));
    return out.toString();
  }

  /** Writes the baseline to the project root, all or nothing. */
  public void write(Path projectRoot) throws IOException {
    AtomicFiles.writeString(projectRoot.resolve(FILE_NAME), text());
  }
}
