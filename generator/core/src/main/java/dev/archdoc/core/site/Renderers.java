package dev.archdoc.core.site;

import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.site.linkcheck.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The renderers one build uses, made before the project is read: when the docs hold AsciiDoc,
 * AsciidoctorJ (seconds to start) boots while the doclet reads the code, instead of after it.
 * Close it to shut AsciidoctorJ down.
 */
public final class Renderers implements AutoCloseable {

  final ProjectFiles files;
  final DiagramRenderer diagrams;
  final PageRenderer pages;
  final CompletableFuture<Duration> asciiDocStart;
  /** Rendered pages, kept beside the diagram cache and, in memory, for as long as these renderers live. */
  final PageStore pageStore;
  /** Checks built sites' links, parsing only the pages it has not seen before. */
  final LinkChecker links;
  /** What these renderers last wrote into each folder they update in place. */
  final WrittenFolders folders = new WrittenFolders();

  private Renderers(Path projectRoot, Path cache, boolean asciiDoc) {
    this.files = new ProjectFiles(projectRoot);
    this.diagrams = new DiagramRenderer(files, cache);
    this.pages = new PageRenderer(files, diagrams);
    this.pageStore = new PageStore(cache.toAbsolutePath().normalize().resolveSibling("pages"));
    this.links = LinkChecker.keeping(cache.toAbsolutePath().normalize().resolveSibling("links"));
    this.asciiDocStart = asciiDoc ? pages.warmUpAsciiDoc() : CompletableFuture.completedFuture(Duration.ZERO);
  }

  /**
   * Makes the renderers and, if any docs folder of {@code archdoc.yml} holds an AsciiDoc file,
   * starts AsciidoctorJ in the background.
   *
   * @param cache where rendered diagrams are kept between builds; rendered pages, and what the link
   *     checker learnt of each page, are kept in the folders {@code pages} and {@code links} beside it
   */
  public static Renderers prepare(Path projectRoot, Path cache) {
    Path root = projectRoot.toAbsolutePath().normalize();
    return new Renderers(root, cache, hasAsciiDoc(root));
  }

  /** A quick look by file name only; a wrong guess costs time, never correctness. */
  private static boolean hasAsciiDoc(Path root) {
    ConfigResult config = ConfigReader.read(root);
    if (!config.ok()) {
      return false;
    }
    List<Path> folders = new ArrayList<>();
    for (SystemConfig system : config.config().orElseThrow().systems()) {
      folders.add(system.docs());
      folders.addAll(system.decisions());
    }
    for (Path folder : folders) {
      Path absolute = root.resolve(folder);
      if (!Files.isDirectory(absolute)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(absolute)) {
        if (walk.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
            .anyMatch(name -> name.endsWith(".adoc") || name.endsWith(".asciidoc"))) {
          return true;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return false; // the doc reader reports an unreadable folder; here it only means no head start
      }
    }
    return false;
  }

  @Override
  public void close() {
    pages.close();
  }
}
