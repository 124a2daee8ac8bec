package dev.archdoc.core.finding;

/**
 * What a finding is about, decided where it arose, so that a later stage that treats some
 * findings differently (folds them, reclassifies them, adds a hint) asks the kind and the
 * finding's {@link Fact facts}, never its message: rewording a message must not change a rule.
 *
 * <p>Most findings need nothing beyond their rule id and are {@link #GENERAL}. Add a kind when a
 * stage must recognise a finding, and say in its Javadoc which facts it carries.
 */
@dev.archdoc.annotations.Decision("ADR-18")
public enum FindingKind {
  /** Nothing a later stage needs to recognise. */
  GENERAL,
  /**
   * javac could not compile part of a source file. Facts: {@link Fact#JAVAC_CODE}, {@link
   * Fact#JAVAC_KIND}, {@link Fact#JAVAC_LINE}, {@link Fact#JAVAC_COLUMN}, {@link Fact#JAVAC_START},
   * {@link Fact#JAVAC_END}.
   */
  COMPILE_ERROR,
  /**
   * javac could not resolve a name the class path should provide. Facts: those of {@link
   * #COMPILE_ERROR}, and {@link Fact#SYMBOL} when javac pointed at a name.
   */
  MISSING_FROM_CLASS_PATH,
  /** A system's source roots hold no {@code .java} file. */
  NO_SOURCE_FILES,
  /** Reading a system's code met a problem other than a compile error (a source root, a class path entry). */
  CODE_NOT_READ,
  /**
   * A reference from the docs to code resolves to nothing. Facts: {@link Fact#TARGET} (as
   * written), {@link Fact#ORIGIN} (a {@code dev.archdoc.core.link.Origin} name), and {@link
   * Fact#SUGGESTION} once a "did you mean" was found.
   */
  UNRESOLVED_REFERENCE
}
