package dev.archdoc.core.finding;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the inputs: what is wrong, where, and under which rule.
 *
 * <p>Findings are values that flow through the pipeline; every stage returns the findings it
 * made next to its result instead of throwing. {@code file} is relative to the project root;
 * {@code line} is 1-based, or 0 when the problem concerns the file as a whole.
 *
 * <p>The message is for people. What a later stage decides on is the {@link #kind} and the
 * {@link #facts}, set where the finding arose: no rule reads a message.
 *
 * @param rule the rule id, one of {@link DriftRule}, e.g. {@code adr-integrity}
 * @param severity how much it matters
 * @param file the file the problem is in, relative to the project root
 * @param line the 1-based line, or 0 for the whole file
 * @param message what is wrong and what to do about it, for a person
 * @param kind what the finding is about, for the stages that recognise findings
 * @param facts structured data about it (javac's code and positions, a reference's target, ...)
 */
@dev.archdoc.annotations.Decision("ADR-18")
public record Finding(
    String rule, Severity severity, Path file, int line, String message, FindingKind kind, Map<Fact, String> facts)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.file().toString().replace('\\', '/'))
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(facts, "facts");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    facts = facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(facts));
  }

  /** A finding of no particular kind, with no facts. */
  public Finding(String rule, Severity severity, Path file, int line, String message) {
    this(rule, severity, file, line, message, FindingKind.GENERAL, Map.of());
  }

  public static Finding error(String rule, Path file, int line, String message) {
    return new Finding(rule, Severity.ERROR, file, line, message);
  }

  public static Finding warning(String rule, Path file, int line, String message) {
    return new Finding(rule, Severity.WARNING, file, line, message);
  }

  /** A hint: printed, never fails a check, counted apart from errors and warnings. */
  public static Finding info(String rule, Path file, int line, String message) {
    return new Finding(rule, Severity.INFO, file, line, message);
  }

  /** The same finding with another severity, as {@code rules:} in archdoc.yml may ask. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, file, line, message, kind, facts);
  }

  /** The same finding under another rule id, its kind and facts kept. */
  public Finding withRule(String newRule) {
    return new Finding(newRule, severity, file, line, message, kind, facts);
  }

  /** The same finding with another message, its kind and facts kept. */
  public Finding withMessage(String newMessage) {
    return new Finding(rule, severity, file, line, newMessage, kind, facts);
  }

  /** The same finding of another kind. */
  public Finding as(FindingKind newKind) {
    return new Finding(rule, severity, file, line, message, newKind, facts);
  }

  /** The same finding with one more fact (or one fact replaced); a null value removes it. */
  public Finding with(Fact fact, String value) {
    Map<Fact, String> more = new EnumMap<>(Fact.class);
    more.putAll(facts);
    if (value == null) {
      more.remove(fact);
    } else {
      more.put(fact, value);
    }
    return new Finding(rule, severity, file, line, message, kind, more);
  }

  /** One fact, when the finding carries it. */
  public Optional<String> fact(Fact fact) {
    return Optional.ofNullable(facts.get(fact));
  }

  /** Orders by file, then line, then rule, then message: the order a reader fixes them in. */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /** Compiler style: {@code path:line: error: message [rule]}. */
  @Override
  public String toString() {
    String where = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    return where + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }
}
