package dev.archdoc.core.config;

import dev.archdoc.annotations.Decision;
import java.util.Locale;

/**
 * What the site shows of the code ({@code site:} in archdoc.yml). By default it is what a
 * developer of another package sees, and the files whose authors wrote something for readers; on
 * a large code base (JabRef: 2,470 types, 2,170 files) mirroring everything buries the notes.
 *
 * @param code which types get a page and which members a type page lists
 * @param sources which source files get a literate view
 * @param typePages which of the shown types get a page of their own rather than their entry, in
 *     full, on their package page
 */
@Decision(value = "ADR-31", note = "the default site shows the API and the annotated files; site: code/sources widen it")
public record SiteOptions(Code code, Sources sources, TypePages typePages) {

  /** {@code type-pages:} unset: {@link TypePages#EVERY} with {@code code: all} (the mirror), else {@link TypePages#DOCUMENTED}. */
  public SiteOptions(Code code, Sources sources) {
    this(code, sources, code == Code.ALL ? TypePages.EVERY : TypePages.DOCUMENTED);
  }

  /** Which types and members the site shows in full. */
  public enum Code {
    /**
     * Types visible outside their package get a page, listing their members visible outside it;
     * any other type or member gets one too when its authors wrote about it (//! prose, a
     * {@code @Decision}, an ADR's {@code governs:}, a doc's {@code code:} link). The rest are listed
     * on their package page.
     */
    API,
    /** Every type a page, every member on it. */
    ALL
  }

  /** Which source files get a literate view. */
  public enum Sources {
    /** Files with //! prose, or with a type or member a decision or a doc names (as {@link Code#API} says). */
    ANNOTATED,
    /** Every source file, mirroring the whole tree as Gordon Guthrie's reader does. */
    ALL
  }

  /** Which of the types the site shows get a page of their own. */
  public enum TypePages {
    /**
     * A type that says something beyond its signatures: a doc comment on it or on a member it
     * shows, //! prose in it or its file, a decision or a doc naming it, or more members than a
     * package page lists in full. A type with nothing but signatures is shown in full on its
     * package page (its members and their signatures, each with an anchor links land on).
     */
    DOCUMENTED,
    /** Every type the site shows a page of its own. */
    EVERY
  }

  public static final SiteOptions DEFAULT = new SiteOptions(Code.API, Sources.ANNOTATED, TypePages.DOCUMENTED);

  static <E extends Enum<E>> String written(E value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "code: " + written(code) + ", sources: " + written(sources) + ", type-pages: " + written(typePages);
  }
}
