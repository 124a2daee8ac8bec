package dev.archdoc.core.docs.adr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads a folder of test resources as documents, with paths as a project would have them. */
final class Fixtures {

  private Fixtures() {}

  /** Every file of {@code src/test/resources/adr/<folder>}, named {@code decisions/<file name>}. */
  static List<AdrSource> folder(String folder) {
    URL url = Fixtures.class.getResource("/adr/" + folder);
    if (url == null) {
      throw new IllegalArgumentException("no test resource folder adr/" + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.sorted().map(file -> {
        try {
          return new AdrSource(Path.of("decisions").resolve(file.getFileName().toString()), Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Decisions load(String folder) {
    return AdrLoader.load(folder(folder));
  }

  static Adr adr(Decisions decisions, String id) {
    return decisions.graph().find(id).orElseThrow(() -> new AssertionError("no ADR " + id + " in "
        + decisions.adrs().stream().map(Adr::displayId).toList()));
  }
}
