package dev.archdoc.core.docs.ref;

/**
 * Turns a code reference into the URL of that element's page, as seen from the page being rendered.
 *
 * <p>The caller (the site stage) knows where each element's page is and how deep the current page
 * sits, so renderers ask it rather than guess. Returning {@code null} means "no page for this
 * element": the reference is shown as plain text instead of a dead link (the check stage reports
 * it as {@code unresolved-code-ref}).
 */
@FunctionalInterface
public interface CodeUrls {

  /** Leaves every code reference unlinked: for previews and tests that have no code model. */
  CodeUrls NONE = target -> null;

  /**
   * @param target the reference after {@code code:}, e.g. {@code a.B#m(a.C,long)}
   * @return a URL relative to the page being rendered, or {@code null} to show plain text
   */
  String urlOf(String target);
}
