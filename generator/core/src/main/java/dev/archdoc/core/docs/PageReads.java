package dev.archdoc.core.docs;

import dev.archdoc.core.docs.adr.AdrParses;
import dev.archdoc.core.docs.page.PageRead;
import dev.archdoc.core.docs.page.PageReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages read before, kept by file, first line and text: reading a page is a pure function of the
 * three, so {@code archdoc serve} parses again only the pages and ADR bodies whose text changed
 * since the last build (on a thousand ADRs, most of a rebuild's time). Only what the last read of
 * the docs used is kept.
 */
public final class PageReads {

  private record Key(Path file, int firstLine, String text) {}

  private final Map<Key, PageRead> known = new ConcurrentHashMap<>();
  private final AdrParses adrs = new AdrParses();
  private final Set<Key> used = ConcurrentHashMap.newKeySet();

  /** As {@link PageReader#read(Path, String, int)}, from memory when the same text was read before. */
  public PageRead read(Path file, String text, int firstLine) {
    Key key = new Key(file, firstLine, text);
    used.add(key);
    return known.computeIfAbsent(key, k -> PageReader.read(file, text, firstLine));
  }

  /** The ADR files parsed before, kept beside the pages (an ADR's body is read as a page here). */
  AdrParses adrs() {
    return adrs;
  }

  /** Forgets the pages and ADR files the reads since the last call did not ask for. */
  public void keepOnlyUsed() {
    known.keySet().retainAll(used);
    used.clear();
    adrs.keepOnlyUsed();
  }
}
