package dev.archdoc.core.docs.page;

/**
 * A heading of a page and the anchor id the rendered HTML gives it.
 *
 * @param level 1 for the page title ({@code #}, {@code =}), 2 for its sections, and so on
 * @param text the heading text as written (markup included)
 * @param id the {@code id} attribute of the rendered heading, the target of {@code #anchor} links
 * @param line the 1-based file line
 */
public record Heading(int level, String text, String id, int line) {}
