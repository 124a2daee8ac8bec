package dev.archdoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that carries out an architecture decision record (ADR).
 *
 * <p>The value names the ADR the way people write it: {@code "ADR-4"}, {@code "ADR-0004"},
 * {@code "0004"} or {@code "4"}; for ADRs whose file name has no number (date-prefixed or
 * unnumbered), the slug. archdoc links the annotated element to the ADR in both directions and
 * fails its drift check when the ADR does not exist or has been retired.
 *
 * <p>Put it on a package (in {@code package-info.java}), a type, a constructor, a method or a
 * field. It is repeatable: code that carries out several decisions names each of them.
 *
 * <p>Retention is {@link RetentionPolicy#CLASS}: the annotation is kept in class files for
 * bytecode tools but is invisible to reflection, and this jar has no dependencies, so it costs
 * the documented system nothing at run time. Declare it with {@code <scope>provided</scope>} (or
 * {@code compileOnly}) if you want it absent from your runtime class path altogether.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PACKAGE,
  ElementType.TYPE,
  ElementType.CONSTRUCTOR,
  ElementType.METHOD,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT
})
@Repeatable(Decision.List.class)
public @interface Decision {

  /** The ADR id, for example {@code "ADR-4"}. */
  String value();

  /** Optional: why this element carries out the decision, shown next to the link. */
  String note() default "";

  /** The container that makes {@link Decision} repeatable; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({
    ElementType.PACKAGE,
    ElementType.TYPE,
    ElementType.CONSTRUCTOR,
    ElementType.METHOD,
    ElementType.FIELD,
    ElementType.RECORD_COMPONENT
  })
  @interface List {
    Decision[] value();
  }
}
