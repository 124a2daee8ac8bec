package dev.archdoc.core.docs.adr;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ADR files parsed before, kept by path and bytes: parsing is a pure function of the two, so
 * {@code archdoc serve} parses again only the ADRs whose file changed (on a thousand ADRs, every
 * rebuild parsed every file's metadata). The decision graph is still built afresh each time: a
 * changed status or relation must reach every ADR it touches. Only what the last load used is kept.
 */
public final class AdrParses {

  private record Key(Path file, ByteBuffer content) {}

  private final Map<Key, AdrParser.Parsed> known = new ConcurrentHashMap<>();
  private final Set<Key> used = ConcurrentHashMap.newKeySet();

  AdrParser.Parsed parse(AdrSource source) {
    Key key = new Key(source.file(), ByteBuffer.wrap(source.content().clone()));
    used.add(key);
    return known.computeIfAbsent(key, k -> AdrParser.parse(source));
  }

  /** Forgets the files the loads since the last call did not read. */
  public void keepOnlyUsed() {
    known.keySet().retainAll(used);
    used.clear();
  }
}
