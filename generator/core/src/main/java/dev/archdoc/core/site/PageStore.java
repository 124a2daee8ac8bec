package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.BlobStore;
import dev.archdoc.core.cache.EntryCodec;
import dev.archdoc.core.finding.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages kept between builds, by {@link PageKeys key}: in memory for the builds of one
 * process ({@code archdoc serve}), and on disk for the next process. An entry holds a unit's pages
 * as the layout wrapped them, what search needs of each, and the findings met rendering them, so
 * a hit reproduces the unit's whole effect on the build.
 */
@Decision(value = "ADR-15", note = "rendered units in memory and on disk; a damaged entry is a miss")
final class PageStore {

  /**
   * A page ready to write: what the site needs of it besides its bytes (its text for search is
   * kept as its search index entry), its bytes, and its {@link SearchIndex#entry}.
   */
  record Built(SitePage page, byte[] html, String searchEntry) {

    static Built of(SitePage page, byte[] html) {
      return new Built(page.withoutText(), html, SearchIndex.entry(page));
    }
  }

  /** One unit's pages and the findings made rendering them. */
  record Unit(List<Built> pages, List<Finding> findings) {
    Unit {
      pages = List.copyOf(pages);
      findings = List.copyOf(findings);
    }
  }

  private final BlobStore disk;
  private final Map<String, Unit> memory = new ConcurrentHashMap<>();
  private final Set<String> usedThisBuild = ConcurrentHashMap.newKeySet();

  PageStore(Path folder) {
    this.disk = new BlobStore(folder);
  }

  Optional<Unit> get(String key) {
    usedThisBuild.add(key);
    Unit kept = memory.get(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<Unit> read = disk.get(key).flatMap(PageStore::decode);
    read.ifPresent(unit -> memory.put(key, unit));
    return read;
  }

  void put(String key, Unit unit) {
    usedThisBuild.add(key);
    memory.put(key, unit);
    disk.put(key, encode(unit));
  }

  /** Forgets, in memory, what the last build did not use: a long serve session does not grow. */
  void endBuild() {
    memory.keySet().retainAll(usedThisBuild);
    usedThisBuild.clear();
  }

  private static byte[] encode(Unit unit) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(unit.pages().size());
      for (Built built : unit.pages()) {
        SitePage page = built.page();
        EntryCodec.writeString(out, page.path());
        EntryCodec.writeString(out, page.title());
        EntryCodec.writeString(out, page.system());
        EntryCodec.writeString(out, page.generatedFrom());
        EntryCodec.writeString(out, page.searchKind());
        EntryCodec.writeString(out, built.searchEntry());
        out.writeInt(built.html().length);
        out.write(built.html());
      }
      out.writeInt(unit.findings().size());
      for (Finding finding : unit.findings()) {
        EntryCodec.writeFinding(out, finding);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return bytes.toByteArray();
  }

  private static Optional<Unit> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int pages = in.readInt();
      List<Built> built = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        // the content and text are not kept: the wrapped bytes and the search entry are what is written
        SitePage page = new SitePage(EntryCodec.readString(in), EntryCodec.readString(in), EntryCodec.readString(in), null, EntryCodec.readString(in),
            EntryCodec.readString(in), null, null, List.of());
        String searchEntry = EntryCodec.readString(in);
        byte[] html = new byte[in.readInt()];
        in.readFully(html);
        built.add(new Built(page, html, searchEntry));
      }
      int count = in.readInt();
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        findings.add(EntryCodec.readFinding(in));
      }
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new Unit(built, findings));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an entry of another layout: render again
    }
  }
}
