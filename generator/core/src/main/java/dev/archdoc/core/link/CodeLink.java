package dev.archdoc.core.link;

import dev.archdoc.core.docs.adr.AdrId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One reference from a doc to code, and what it resolved to.
 *
 * @param file the doc it is written in, relative to the project root
 * @param line the 1-based line it is written on
 * @param origin what kind of doc and syntax it comes from
 * @param adr the ADR it is written in, for {@link Origin#ADR_BODY} and {@link Origin#ADR_GOVERNS}
 * @param target the reference as written ({@code com.x.T#m(int)}, or a package pattern
 *     {@code com.x..} in {@code governs:})
 * @param text the link text a reader sees
 * @param elements the ids of the elements it names: one for a package, type or member; every
 *     matching package for a pattern; none when it resolves to nothing
 */
public record CodeLink(
    Path file,
    int line,
    Origin origin,
    Optional<AdrId> adr,
    String target,
    String text,
    List<String> elements) {

  public CodeLink {
    elements = List.copyOf(elements);
  }

  public boolean resolved() {
    return !elements.isEmpty();
  }

  /** Whether the target is a package pattern ({@code a.b..}) rather than one element. */
  public boolean isPattern() {
    return target.strip().endsWith("..");
  }
}
