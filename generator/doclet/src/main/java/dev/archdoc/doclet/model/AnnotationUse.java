package dev.archdoc.doclet.model;

import java.util.Map;

/**
 * An annotation written on an element: its qualified type name and the values given explicitly,
 * each as Java source text ({@code "ADR-4"}, {@code 3}, {@code {"a", "b"}}).
 *
 * @param resolved false when the compiler could not find the annotation type; {@code type} is
 *     then the name as written
 */
public record AnnotationUse(String type, Map<String, String> values, boolean resolved) {

  public AnnotationUse {
    values = Map.copyOf(values);
  }
}
