package dev.archdoc.core.docs.page;

import java.nio.file.Path;

/**
 * A link (or image) from a page to a file of the project, or to an anchor of the same page.
 *
 * @param from the page, relative to the project root
 * @param line the 1-based line of the link
 * @param target the link target as written, e.g. {@code ../decisions/0002-x.md#status}
 * @param to the file it points to, relative to the project root (the page itself for
 *     {@code #anchor})
 * @param anchor the fragment after {@code #}, or null
 */
public record DocLink(Path from, int line, String target, Path to, String anchor) {}
