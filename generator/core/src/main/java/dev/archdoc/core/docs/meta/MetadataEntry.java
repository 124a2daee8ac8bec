package dev.archdoc.core.docs.meta;

import java.util.List;

/**
 * One metadata item as found in any of the places ADRs keep them (a front-matter key, an AsciiDoc
 * attribute, a {@code * Status:} bullet, a {@code Date:} line), before it is interpreted.
 *
 * @param key the key as written ({@code Decision-Makers}, {@code superseded_by})
 * @param values the value texts with their lines: one text to split, or a YAML list already split
 * @param line the 1-based line of the key
 * @param shape how the value was written
 */
public record MetadataEntry(String key, List<Value> values, int line, Shape shape) {

  /** A value text and its 1-based line. */
  public record Value(String text, int line) {}

  public enum Shape {
    /** One text, to be split if the key takes a list. */
    TEXT,
    /** A YAML list, already split into items. */
    LIST,
    /** A YAML mapping: kept as flattened text for unknown keys, not interpreted for known ones. */
    MAPPING
  }

  public static MetadataEntry text(String key, String value, int line) {
    return new MetadataEntry(key, List.of(new Value(value, line)), line, Shape.TEXT);
  }
}
