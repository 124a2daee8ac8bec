package dev.archdoc.core.safety;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The bounds a reader puts on one input file, so a hostile or broken file becomes one
 * {@code input-limit} finding naming it and the rest of the project is still read: a size limit
 * for every text file archdoc reads, limits on YAML (aliases, nesting, size), and a guard that
 * turns a parser's stack overflow on deeply nested input into a finding.
 */
public final class InputLimits {

  /** The largest doc, diagram, configuration or included file read, in bytes: 4 MiB. */
  public static final long MAX_TEXT_BYTES = 4L * 1024 * 1024;

  /** The deepest nesting of YAML collections accepted (archdoc.yml, front matter, archdoc.lock). */
  public static final int MAX_YAML_DEPTH = 40;

  /** How many aliases YAML may use for collections: enough for anchors, too few for a "billion laughs". */
  public static final int MAX_YAML_ALIASES = 50;

  /** The rule id of a file too large or too deeply nested to read. */
  public static final String RULE = DriftRule.INPUT_LIMIT.id();

  private InputLimits() {}

  /** Options for snakeyaml with the limits above: bounded aliases, nesting and size, no recursive keys. */
  public static LoaderOptions yamlOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_YAML_DEPTH);
    options.setCodePointLimit((int) MAX_TEXT_BYTES);
    return options;
  }

  /**
   * Whether snakeyaml refused a document for one of the {@link #yamlOptions() limits} rather than
   * for its syntax (its exceptions carry no type for it, only these messages).
   */
  public static boolean isYamlLimit(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("exceeds the specified max") || message.contains("Nesting Depth exceeded")
        || message.contains("exceeds the limit") || message.contains("Recursive key");
  }

  /** The finding for YAML refused by {@link #isYamlLimit}: at {@code line}, in {@code file}. */
  public static Finding yamlTooLarge(Path file, int line) {
    return Finding.error(RULE, file, line, "its YAML is too large, nested deeper than " + MAX_YAML_DEPTH
        + " levels or uses more than " + MAX_YAML_ALIASES + " aliases; its metadata is ignored");
  }

  /** A finding when a file of {@code bytes} bytes is over the size limit. */
  public static Optional<Finding> tooLarge(Path file, long bytes) {
    if (bytes <= MAX_TEXT_BYTES) {
      return Optional.empty();
    }
    return Optional.of(Finding.error(RULE, file, 0, "is " + megabytes(bytes) + " MiB, over the limit of "
        + megabytes(MAX_TEXT_BYTES) + " MiB for a file archdoc reads; it is left out"));
  }

  /**
   * Runs a parse of {@code file}; a {@link StackOverflowError} (input nested deeper than the parser
   * can follow) becomes an {@code input-limit} finding instead.
   *
   * @return the parse's result, or empty with {@code onTooDeep} given the finding
   */
  public static <T> Optional<T> guarded(Path file, Supplier<T> parse, java.util.function.Consumer<Finding> onTooDeep) {
    try {
      return Optional.ofNullable(parse.get());
    } catch (StackOverflowError e) {
      onTooDeep.accept(tooDeep(file, 0));
      return Optional.empty();
    }
  }

  /** The finding for a file nested deeper than a parser can follow. */
  public static Finding tooDeep(Path file, int line) {
    return Finding.error(RULE, file, line,
        "is nested too deeply to read (lists, quotes, blocks or expressions inside each other thousands of"
            + " levels deep); it is left out");
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
