package dev.archdoc.doclet.model;

import java.util.List;
import java.util.Optional;

/**
 * A package of the system. Its doc, annotations and decisions come from {@code package-info.java};
 * its prose is the file-level {@code //!} prose of that file.
 *
 * @param packageInfo the span of {@code package-info.java}, or null when there is none
 */
public record CodePackage(
    String name,
    SourceSpan packageInfo,
    Doc doc,
    List<AnnotationUse> annotations,
    List<DecisionRef> decisions,
    List<Prose> prose)
    implements CodeElement {

  public CodePackage {
    annotations = List.copyOf(annotations);
    decisions = List.copyOf(decisions);
    prose = List.copyOf(prose);
  }

  @Override
  public String id() {
    return name;
  }

  @Override
  public Optional<SourceSpan> location() {
    return Optional.ofNullable(packageInfo);
  }
}
