package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A decisions folder's own introduction: the {@code index.md} (or {@code README.md}) teams keep in
 * it, often a hand-written list of their ADRs (JabRef's {@code docs/decisions/index.md}, EDC's
 * {@code decision-records/README.md}). It is neither an ADR nor a rival of the generated decisions
 * index: its prose opens that index. An {@code index} page, which wants the index's own address,
 * is not published apart; a {@code README} keeps its own page too, so links to it hold.
 */
@Decision(value = "ADR-26", note = "a decisions folder's index.md opens the decisions index instead of colliding with it")
final class DecisionIntro {

  private DecisionIntro() {}

  /** The introduction of a system's decisions: the first {@code index} page of a decisions folder, else a {@code README}. */
  static Optional<Page> of(SiteMap map, SystemModel system) {
    Optional<Page> readme = Optional.empty();
    for (Page page : system.docs().pages()) {
      String name = baseName(page.file());
      if (!inDecisionsFolder(system, page.file())) {
        continue;
      }
      if (name.equals("index") && map.doc(system.config(), page.file()).equals(map.decisions(system.config()))) {
        return Optional.of(page);
      }
      if (name.equals("readme") && readme.isEmpty()) {
        readme = Optional.of(page);
      }
    }
    return readme;
  }

  /** Whether a written page is the introduction shown on the decisions index in place of a page of its own. */
  static boolean replacesPage(SiteMap map, SystemModel system, Page page) {
    return of(map, system).filter(intro -> intro.file().equals(page.file()))
        .map(intro -> map.doc(system.config(), intro.file()).equals(map.decisions(system.config())))
        .orElse(false);
  }

  /** The introduction's rendered body without its first level-1 heading, which becomes the index's heading. */
  static String withoutTitle(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    Element heading = document.body().selectFirst("h1");
    if (heading != null) {
      heading.remove();
    }
    return document.body().html();
  }

  private static boolean inDecisionsFolder(SystemModel system, Path file) {
    Path parent = file.normalize().getParent();
    return parent != null && system.config().decisions().stream().anyMatch(folder -> folder.normalize().equals(parent));
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
