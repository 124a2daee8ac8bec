package dev.archdoc.doclet.source;

import java.util.List;

/**
 * A name used inside a body, not yet resolved.
 *
 * @param owner the nearest enclosing named type, as its dotted path inside the package
 *     ({@code Outer.Inner})
 * @param names the name as written, split at dots: {@code [java, util, List]}, {@code [peer]}
 * @param use how the name is used, which decides the dependency kind once resolved
 * @param throughVariable true when {@code names} is the declared type of a local variable or
 *     parameter the body used ({@code x.m()} with {@code Foo x}), not a name written at the use
 */
public record RawReference(String owner, List<String> names, Use use, int line, boolean throughVariable) {

  /** How a body uses a name. */
  public enum Use {
    /** As a type: a local's declared type, {@code new T()}, a cast, a generic argument. */
    LOCAL_VARIABLE,
    INSTANTIATION,
    CAST,
    INSTANCEOF,
    CATCH,
    LAMBDA_PARAMETER,
    TYPE_ARGUMENT,
    ANNOTATION,
    EXTENDS,
    /** As the receiver of a call: {@code names.m()}; a variable or a type. */
    CALL_RECEIVER,
    /** As the target of a member access: {@code names.f}, {@code names.class}. */
    ACCESS_RECEIVER,
    /** As the qualifier of a method reference: {@code names::m}. */
    METHOD_REFERENCE,
    /** An unqualified call or name that may come from a static import. */
    STATIC_IMPORT_CANDIDATE;

    /** True when the names can only denote a type (no variable lookup needed). */
    public boolean isTypeContext() {
      return ordinal() <= EXTENDS.ordinal();
    }
  }
}
