package dev.archdoc.doclet.model;

import java.util.List;
import java.util.Optional;

/**
 * A field, enum constant, record component, constructor or method declared in source.
 *
 * <p>Ids: {@code pkg.Type#name} for fields, enum constants and record components;
 * {@code pkg.Type#name(p1,p2)} for methods and {@code pkg.Type#Type(p1,p2)} for constructors,
 * where each parameter is its erased, fully qualified type ({@code java.lang.String},
 * {@code int[]}, a varargs parameter as an array) and there are no spaces. A record's component
 * {@code x} has the id {@code pkg.R#x}; its accessor, if declared, {@code pkg.R#x()}.
 *
 * @param type the field type or the method's return type (full generic form); null for
 *     constructors
 * @param signature the declaration as one line of Java: modifiers, type parameters, types, name,
 *     parameters and throws clause
 */
public record CodeMember(
    String id,
    String declaringType,
    String name,
    Kind kind,
    List<String> modifiers,
    List<String> typeParameters,
    String type,
    List<Parameter> parameters,
    List<String> thrownTypes,
    String signature,
    SourceSpan span,
    Doc doc,
    List<AnnotationUse> annotations,
    List<DecisionRef> decisions,
    List<Prose> prose,
    Fingerprint fingerprint)
    implements CodeElement {

  /** The kinds of member a type declares. */
  public enum Kind {
    FIELD,
    ENUM_CONSTANT,
    RECORD_COMPONENT,
    CONSTRUCTOR,
    METHOD
  }

  public CodeMember {
    modifiers = List.copyOf(modifiers);
    typeParameters = List.copyOf(typeParameters);
    parameters = List.copyOf(parameters);
    thrownTypes = List.copyOf(thrownTypes);
    annotations = List.copyOf(annotations);
    decisions = List.copyOf(decisions);
    prose = List.copyOf(prose);
  }

  /** This member as one of {@code type}'s: the model's JSON nests members without their type's name. */
  public CodeMember declaredIn(String type) {
    return new CodeMember(id, type, name, kind, modifiers, typeParameters, this.type, parameters, thrownTypes,
        signature, span, doc, annotations, decisions, prose, fingerprint);
  }

  /** True for methods and constructors, whose ids carry a parameter list. */
  public boolean isExecutable() {
    return kind == Kind.METHOD || kind == Kind.CONSTRUCTOR;
  }

  @Override
  public Optional<SourceSpan> location() {
    return Optional.of(span);
  }
}
