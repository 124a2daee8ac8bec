package dev.archdoc.core.check;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.link.CodeLink;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.CodeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code archdoc.lock}: for every code reference in the docs, the element it named and that
 * element's signature when {@code archdoc accept} last ran (a reviewer confirmed the docs held).
 *
 * <p>Entries are keyed by system, then by the reference as written ({@code a.B#m}), not by the
 * element it resolves to: a doc that writes {@code a.B#m} still names "the method m" after m's
 * parameters change, and that change is exactly what a reader of the doc must hear about. The
 * file is YAML with every key sorted and every value quoted, one fact per line, so a review of
 * {@code accept}'s diff reads as "these signatures changed". See ADR-8.
 *
 * <p>A project of one system keys its entries {@value #SINGLE_SYSTEM}, not by the system's name:
 * without {@code systems:} in archdoc.yml that name is the checkout folder's, and renaming the
 * folder would turn every accepted reference into "not in archdoc.lock yet", silently. A lock
 * written before, with the folder's name as its one key, is read as the single system's.
 *
 * @param systems system key ({@link #keyOf}) → reference as written → what it named
 */
@dev.archdoc.annotations.Decision("ADR-8")
public record ReferenceLock(SortedMap<String, SortedMap<String, Entry>> systems) {

  /** The file name, at the project root. */
  public static final String FILE_NAME = "archdoc.lock";

  /** The key of a single-system project's entries. */
  public static final String SINGLE_SYSTEM = "(project)";

  private static final int VERSION = 1;
  private static final String RULE = DriftRule.STALE_REFERENCE.id();

  /**
   * What a reference named when it was accepted.
   *
   * @param element the id of the element it resolved to
   * @param signature the element's signature as one line of Java, without annotations
   */
  public record Entry(String element, String signature) {}

  /**
   * The lock as read from a project, or why there is none.
   *
   * @param lock empty when there is no lock file or it cannot be read
   * @param findings a hint when there is no lock file; an error when it cannot be read
   */
  public record Read(Optional<ReferenceLock> lock, List<Finding> findings) {
    public Read {
      findings = List.copyOf(findings);
    }
  }

  public ReferenceLock {
    SortedMap<String, SortedMap<String, Entry>> copy = new TreeMap<>();
    systems.forEach((name, entries) -> copy.put(name, Collections.unmodifiableSortedMap(new TreeMap<>(entries))));
    systems = Collections.unmodifiableSortedMap(copy);
  }

  /** What the project's docs reference now: the lock {@code archdoc accept} writes. */
  public static ReferenceLock of(ProjectModel project) {
    SortedMap<String, SortedMap<String, Entry>> systems = new TreeMap<>();
    for (SystemModel system : project.systems()) {
      SortedMap<String, Entry> entries = new TreeMap<>();
      for (CodeLink link : system.links().codeLinks()) {
        lockable(system.code(), link).ifPresent(entry -> entries.put(link.target(), entry));
      }
      systems.put(keyOf(project, system), entries);
    }
    return new ReferenceLock(systems);
  }

  /**
   * A system's key in the lock: its name when the project declares several, {@value
   * #SINGLE_SYSTEM} when it has one, whose name may be nothing but the checkout folder's.
   */
  public static String keyOf(ProjectModel project, SystemModel system) {
    return project.systems().size() == 1 ? SINGLE_SYSTEM : system.name();
  }

  /** The entry a reference gets: it names one element that has a signature (not a package). */
  static Optional<Entry> lockable(CodeModel code, CodeLink link) {
    if (link.isPattern() || link.elements().size() != 1) {
      return Optional.empty();
    }
    String id = link.elements().get(0);
    return element(code, id).flatMap(Signatures::of).map(signature -> new Entry(id, signature));
  }

  static Optional<CodeElement> element(CodeModel code, String id) {
    Optional<CodeElement> member = code.findMember(id).map(CodeElement.class::cast);
    if (member.isPresent()) {
      return member;
    }
    Optional<CodeElement> type = code.findType(id).map(CodeElement.class::cast);
    return type.isPresent() ? type : code.resolve(id);
  }

  /**
   * What {@code reference} named in the system with this key ({@link #keyOf}). A single system's
   * lookup also reads a lock with one other key: one written before {@value #SINGLE_SYSTEM}, under
   * the checkout folder's name, whatever the folder is called now.
   */
  public Optional<Entry> entry(String systemKey, String reference) {
    return Optional.ofNullable(entries(systemKey).get(reference));
  }

  /** Every entry of the system with this key, read as {@link #entry} reads one. */
  public SortedMap<String, Entry> entries(String systemKey) {
    SortedMap<String, Entry> entries = systems.get(systemKey);
    if (entries == null && systemKey.equals(SINGLE_SYSTEM) && systems.size() == 1) {
      entries = systems.get(systems.firstKey());
    }
    return entries == null ? Collections.emptySortedMap() : entries;
  }

  public int size() {
    return systems.values().stream().mapToInt(Map::size).sum();
  }

  /** Reads {@code archdoc.lock} from the project root. Never throws. */
  public static Read read(Path projectRoot) {
    Path file = projectRoot.resolve(FILE_NAME);
    Optional<String> refused = new dev.archdoc.core.safety.ProjectBounds(projectRoot).refusal(Path.of(FILE_NAME));
    if (refused.isPresent()) {
      return new Read(Optional.empty(), List.of(Finding.error(dev.archdoc.core.safety.ProjectBounds.RULE,
          Path.of(FILE_NAME), 0, refused.get() + "; archdoc does not read it")));
    }
    String text;
    try {
      if (Files.size(file) > dev.archdoc.core.safety.InputLimits.MAX_TEXT_BYTES) {
        return new Read(Optional.empty(), List.of(
            dev.archdoc.core.safety.InputLimits.tooLarge(Path.of(FILE_NAME), Files.size(file)).orElseThrow()));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Read(Optional.empty(), List.of(new Finding(RULE, Severity.INFO, Path.of(FILE_NAME), 0,
          "there is no " + FILE_NAME + " yet, so signature changes cannot be seen; once the docs"
              + " hold, run 'archdoc accept' and commit " + FILE_NAME)));
    } catch (IOException | UncheckedIOException e) {
      return unreadable("it cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return parse(text);
  }

  /** Reads the text of a lock file. */
  static Read parse(String text) {
    Object document;
    try {
      document = new Yaml(new SafeConstructor(dev.archdoc.core.safety.InputLimits.yamlOptions())).load(text);
    } catch (YAMLException e) {
      return unreadable("it is not valid YAML ("
          + dev.archdoc.core.safety.Excerpt.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + ")");
    }
    if (!(document instanceof Map<?, ?> top) || !Integer.valueOf(VERSION).equals(top.get("version"))) {
      return unreadable("it is not a version " + VERSION + " lock file");
    }
    SortedMap<String, SortedMap<String, Entry>> systems = new TreeMap<>();
    Object written = top.get("systems");
    if (written != null && !(written instanceof Map)) {
      return unreadable("'systems' should map system names to references");
    }
    for (Map.Entry<?, ?> system : (written == null ? Map.of() : (Map<?, ?>) written).entrySet()) {
      SortedMap<String, Entry> entries = new TreeMap<>();
      Object references = system.getValue();
      if (references != null && !(references instanceof Map)) {
        return unreadable("system '" + system.getKey() + "' should map references to entries");
      }
      for (Map.Entry<?, ?> reference : (references == null ? Map.of() : (Map<?, ?>) references).entrySet()) {
        if (!(reference.getValue() instanceof Map<?, ?> fields)
            || !(fields.get("element") instanceof String element)
            || !(fields.get("signature") instanceof String signature)) {
          return unreadable("the entry of '" + reference.getKey() + "' needs an element and a signature");
        }
        entries.put(String.valueOf(reference.getKey()), new Entry(element, signature));
      }
      systems.put(String.valueOf(system.getKey()), entries);
    }
    return new Read(Optional.of(new ReferenceLock(systems)), List.of());
  }

  private static Read unreadable(String why) {
    return new Read(Optional.empty(), List.of(Finding.error(RULE, Path.of(FILE_NAME), 0,
        FILE_NAME + " cannot be used: " + why + "; run 'archdoc accept' to write it again")));
  }

  /** The file's text: sorted, every value quoted, one fact per line. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(FILE_NAME).append(": the signature of every code element the docs reference,\n")
        .append("# as it was when someone last confirmed the docs still hold. Written by 'archdoc accept';\n")
        .append("# 'archdoc check' reports each reference whose element changed since (stale-reference).\n")
        .append("version: ").append(VERSION).append('\n')
        .append("systems:\n");
    systems.forEach((system, entries) -> {
      out.append("  ").append(quoted(system)).append(':').append(entries.isEmpty() ? " {}\n" : "\n");
      entries.forEach((reference, entry) -> out
          .append("    ").append(quoted(reference)).append(":\n")
          .append("      element: ").append(quoted(entry.element())).append('\n')
          .append("      signature: ").append(quoted(entry.signature())).append('\n'));
    });
    return out.toString();
  }

  /**
   * Writes the lock to the project root: to a temporary file first, then moved into place, so a
   * failed write never leaves half a lock.
   */
  public void write(Path projectRoot) throws IOException {
    AtomicFiles.writeString(projectRoot.resolve(FILE_NAME), text());
  }


  /** A YAML double-quoted scalar: safe for {@code #}, {@code :}, quotes and any character. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
