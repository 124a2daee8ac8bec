package dev.archdoc.doclet.model;

import java.util.List;
import java.util.Optional;

/**
 * A class, interface, enum, record or annotation type, top-level or nested.
 *
 * @param qualifiedName {@code pkg.Outer.Inner} (dots, never {@code $}); this is the type's id
 * @param modifiers in source order as javac reports them ({@code public}, {@code sealed}, ...)
 * @param typeParameters each with its bounds, {@code T extends java.lang.Comparable<T>}
 * @param superclass the full generic superclass, or null for interfaces, records, enums and
 *     classes that extend {@code java.lang.Object} implicitly
 * @param interfaces implemented (for an interface: extended) interfaces, full generic types
 * @param permittedSubtypes qualified names of the subtypes a sealed type permits
 * @param enclosingType the qualified name of the type this one is nested in, or null
 * @param members fields, enum constants, record components, constructors and methods, sorted by id
 */
public record CodeType(
    String qualifiedName,
    String packageName,
    String simpleName,
    Kind kind,
    List<String> modifiers,
    List<String> typeParameters,
    String superclass,
    List<String> interfaces,
    List<String> permittedSubtypes,
    String enclosingType,
    SourceSpan span,
    Doc doc,
    List<AnnotationUse> annotations,
    List<DecisionRef> decisions,
    List<Prose> prose,
    Fingerprint fingerprint,
    List<CodeMember> members)
    implements CodeElement {

  /** The kinds of type declaration Java has. */
  public enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }

  public CodeType {
    modifiers = List.copyOf(modifiers);
    typeParameters = List.copyOf(typeParameters);
    interfaces = List.copyOf(interfaces);
    permittedSubtypes = List.copyOf(permittedSubtypes);
    annotations = List.copyOf(annotations);
    decisions = List.copyOf(decisions);
    prose = List.copyOf(prose);
    members = List.copyOf(members);
  }

  @Override
  public String id() {
    return qualifiedName;
  }

  @Override
  public Optional<SourceSpan> location() {
    return Optional.of(span);
  }
}
