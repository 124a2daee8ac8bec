package dev.archdoc.core.diagram;

import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.DiagramLinks;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws PlantUML diagrams to inline SVG, in-process, offline, and through one on-disk cache.
 *
 * <p>One instance serves the whole build: diagram files, fenced blocks in Markdown and
 * {@code [plantuml]} blocks in AsciiDoc all come here, so there is one renderer, one cache and one
 * security setting. It is thread-safe: renders share nothing but the cache, whose entries are
 * content-addressed and written atomically.
 *
 * <p>Cost, measured on the 2-core build machine: the first diagram in a JVM takes about 0.7–0.9 s
 * (PlantUML loads its fonts and layout engine; the first C4 diagram another ~0.5 s for the stdlib),
 * later ones about 40–50 ms, and a cache hit (reading one file) under 1 ms. The cache key covers
 * PlantUML's version, so upgrading it redraws everything once.
 */
public final class DiagramRenderer {

  private final ProjectFiles files;
  private final DiagramCache cache;
  private final AtomicInteger plantUmlRuns = new AtomicInteger();
  private final ConcurrentHashMap<String, CompletableFuture<PlantUml.Output>> drawing = new ConcurrentHashMap<>();

  /**
   * @param files the project whose files diagrams may include
   * @param cacheDirectory where rendered SVG is kept between builds, e.g.
   *     {@code target/archdoc-cache/diagrams}; created when first needed
   */
  public DiagramRenderer(ProjectFiles files, Path cacheDirectory) {
    this.files = Objects.requireNonNull(files, "files");
    this.cache = new DiagramCache(Objects.requireNonNull(cacheDirectory, "cacheDirectory"));
  }

  /** The PlantUML version diagrams are drawn with. */
  public static String rendererVersion() {
    return PlantUml.version();
  }

  /**
   * Draws one diagram.
   *
   * @param source the diagram and where it is written
   * @param codeUrls where each {@code [[code:...]]} link should point from the page showing it
   * @return the SVG, and findings for refused includes or a diagram that fails to render
   */
  public RenderedDiagram render(DiagramSource source, CodeUrls codeUrls) {
    IncludeInliner.Inlined inlined = IncludeInliner.inline(source, files);
    List<String> linked = new ArrayList<>(inlined.lines().size());
    for (String line : inlined.lines()) {
      linked.add(DiagramLinks.rewrite(line, codeUrls));
    }
    String finalSource = String.join("\n", linked) + "\n";
    String key = DiagramCache.key(rendererVersion(), finalSource);
    List<Finding> findings = new ArrayList<>(inlined.findings());

    Optional<String> cached = cache.get(key);
    if (cached.isPresent()) {
      return new RenderedDiagram(cached.get(), findings);
    }
    PlantUml.Output output = drawOnce(key, finalSource);
    if (output.crashed()) {
      return crashed(source, finalSource, output, findings);
    }
    if (output.failed()) {
      IncludeInliner.Origin at = inlined.origins().get(
          Math.min(output.errorLine(), inlined.origins().size() - 1));
      findings.add(Finding.error(IncludeInliner.RULE, at.file(), at.line(),
          "diagram fails to render: " + output.error()));
    }
    return new RenderedDiagram(output.svg(), findings);
  }

  /**
   * A diagram PlantUML crashed on is a finding at its first line, never its "has crashed" picture:
   * a hand-written one is an error its author can fix (or report); a generated one is an info (the
   * project did nothing wrong and has nothing to fix: on JabRef, PlantUML's Smetana layout crashed on
   * one package's diagram, and a warning there was a false one) and is drawn again with its boxes only, the uses (arrows) that the
   * layout crashed on left out, or, if that crashes too, replaced by a plain list of its boxes.
   */
  private RenderedDiagram crashed(DiagramSource source, String finalSource, PlantUml.Output output,
      List<Finding> findings) {
    boolean generated = source.file().startsWith(GENERATED);
    String what = generated ? "the generated diagram " + source.file().getFileName() : "diagram";
    if (!generated) {
      findings.add(Finding.error(DriftRule.DIAGRAM_ERROR.id(), source.file(), source.firstLine(),
          what + " not drawn: " + output.error()));
      return new RenderedDiagram(NotDrawn.svg("Not drawn: " + output.error(), List.of()), findings);
    }
    String boxesOnly = NotDrawn.withoutArrows(finalSource);
    PlantUml.Output plain = drawOnce(DiagramCache.key(rendererVersion(), boxesOnly), boxesOnly);
    boolean drawn = !plain.failed();
    findings.add(Finding.info(DriftRule.DIAGRAM_ERROR.id(), source.file(), source.firstLine(),
        what + ": " + output.error() + (drawn ? "; drawn without its arrows" : "; shown as a list of its boxes")
            + "; nothing to fix in the project: PlantUML's layout failed on it"));
    return new RenderedDiagram(drawn ? plain.svg()
        : NotDrawn.svg("PlantUML could not draw this diagram; its boxes:", NotDrawn.boxes(finalSource)), findings);
  }

  /** Where generated diagrams say they live ({@code dev.archdoc.core.diagram.generated.GeneratedDiagrams#FOLDER}). */
  private static final Path GENERATED = Path.of("(generated)");

  /**
   * Draws a source with PlantUML, or waits for the thread already drawing it: pages render on
   * two threads, and two pages showing the same diagram both missed the cache and both drew it.
   * A finished draw leaves the map, so a failed diagram is drawn again next time.
   */
  private PlantUml.Output drawOnce(String key, String source) {
    CompletableFuture<PlantUml.Output> mine = new CompletableFuture<>();
    CompletableFuture<PlantUml.Output> running = drawing.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      // another thread may have finished and cached it between our cache miss and putIfAbsent
      PlantUml.Output output = cache.get(key).map(svg -> new PlantUml.Output(svg, -1, null)).orElseGet(() -> {
        plantUmlRuns.incrementAndGet();
        PlantUml.Output drawn = PlantUml.render(source);
        if (!drawn.failed()) {
          cache.put(key, drawn.svg());
        }
        return drawn;
      });
      mine.complete(output);
      return output;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      drawing.remove(key, mine);
    }
  }

  /** How many renders went to PlantUML rather than the cache since this renderer was made. */
  public int plantUmlRuns() {
    return plantUmlRuns.get();
  }
}
