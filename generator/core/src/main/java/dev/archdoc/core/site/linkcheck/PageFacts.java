package dev.archdoc.core.site.linkcheck;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.BlobStore;
import dev.archdoc.core.cache.Digest;
import dev.archdoc.core.cache.EntryCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What the link checker needs of one HTML page: the ids a {@code #fragment} may target, and every
 * {@code href} and {@code src} with its line. Parsing is most of a link check's cost and depends
 * on the page's bytes alone, so the facts are kept by a digest of them ({@link Store}): only the
 * pages a build changed are parsed again.
 */
@Decision(value = "ADR-15", note = "link facts kept by page digest")
final class PageFacts {

  /**
   * One {@code href} or {@code src}, where it is written.
   *
   * @param source where the author wrote it, {@code path:line} relative to the project, when the
   *     page shows text from a source file (a doc comment, {@code //!} prose); else empty
   */
  record Link(String tag, String attribute, String value, int line, String source) {}

  /** The attribute the site puts on links it copied from a source file: {@code path:line}. */
  static final String SOURCE_ATTRIBUTE = "data-archdoc-source";

  final Set<String> ids;
  final List<Link> links;

  private PageFacts(Set<String> ids, List<Link> links) {
    this.ids = Set.copyOf(ids);
    this.links = List.copyOf(links);
  }

  static PageFacts parse(byte[] html) {
    Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
    Set<String> ids = new LinkedHashSet<>();
    document.select("[id]").forEach(e -> ids.add(e.id()));
    document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
    List<Link> links = new ArrayList<>();
    for (Element element : document.select("[href], [src]")) {
      for (String attribute : List.of("href", "src")) {
        if (element.hasAttr(attribute)) {
          links.add(new Link(element.tagName(), attribute, element.attr(attribute),
              Math.max(element.sourceRange().start().lineNumber(), 0), element.attr(SOURCE_ATTRIBUTE)));
        }
      }
    }
    return new PageFacts(ids, links);
  }

  /**
   * Facts by page digest, on disk when given a folder, for the next check and the next process; a
   * damaged entry is parsed again. Nothing is kept in memory: the facts of a large site's pages
   * outgrow the heap, and reading an entry costs a small part of parsing the page.
   */
  static final class Store {

    private final Optional<BlobStore> disk;

    Store(Optional<Path> folder) {
      this.disk = folder.map(BlobStore::new);
    }

    PageFacts of(byte[] html) {
      if (disk.isEmpty()) {
        return parse(html);
      }
      BlobStore store = disk.get();
      String key = Digest.of("link facts 2").add(html).hex();
      Optional<PageFacts> known = store.get(key).flatMap(Store::decode);
      if (known.isPresent()) {
        return known.get();
      }
      PageFacts parsed = parse(html);
      store.put(key, encode(parsed));
      return parsed;
    }

    private static byte[] encode(PageFacts facts) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(facts.ids.size());
        for (String id : facts.ids) {
          EntryCodec.writeString(out, id);
        }
        out.writeInt(facts.links.size());
        for (Link link : facts.links) {
          EntryCodec.writeString(out, link.tag());
          EntryCodec.writeString(out, link.attribute());
          EntryCodec.writeString(out, link.value());
          out.writeInt(link.line());
          EntryCodec.writeString(out, link.source());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // writing to memory does not fail
      }
      return bytes.toByteArray();
    }

    private static Optional<PageFacts> decode(byte[] bytes) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        int idCount = in.readInt();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < idCount; i++) {
          ids.add(EntryCodec.readString(in));
        }
        int linkCount = in.readInt();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < linkCount; i++) {
          links.add(new Link(EntryCodec.readString(in), EntryCodec.readString(in), EntryCodec.readString(in), in.readInt(),
              EntryCodec.readString(in)));
        }
        return in.read() == -1 ? Optional.of(new PageFacts(ids, links)) : Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
