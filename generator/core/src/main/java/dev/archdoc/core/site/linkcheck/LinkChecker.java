package dev.archdoc.core.site.linkcheck;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site: every {@code href} and {@code src} of every HTML page must name a file of
 * the site, and every {@code #anchor} an id on the page it points to. A site that works from
 * {@code file://} has no directory links ({@code dir/} opens a listing there, not its index) and
 * loads nothing from the network, so both are broken links too; links to other sites are not
 * followed.
 */
public final class LinkChecker {

  private final Path site;
  private final Path shownAs;
  private final Map<Path, Set<String>> idsByPage = new HashMap<>();

  private LinkChecker(Path site, Path shownAs) {
    this.site = site.toAbsolutePath().normalize();
    this.shownAs = shownAs;
  }

  /**
   * @param site the folder of the built site
   * @param shownAs how findings name the site folder (e.g. {@code site}, relative to the project)
   * @return one {@code broken-link} error per broken link, at the page and line it is written on
   */
  public static List<Finding> check(Path site, Path shownAs) {
    return new LinkChecker(site, shownAs).run();
  }

  private List<Finding> run() {
    List<Finding> findings = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      return List.of(Finding.error(DriftRule.BROKEN_LINK.id(), shownAs, 0, "cannot read the site: " + e.getMessage()));
    }
    Map<Path, Document> documents = new HashMap<>();
    for (Path page : pages) {
      Document document = parse(page);
      documents.put(page, document);
      idsByPage.put(page, idsOf(document));
    }
    for (Path page : pages) {
      Document document = documents.get(page);
      for (Element element : document.select("[href], [src]")) {
        for (String attribute : List.of("href", "src")) {
          if (element.hasAttr(attribute)) {
            String problem = problem(page, element.attr(attribute), attribute.equals("src"));
            if (problem != null) {
              int line = element.sourceRange().start().lineNumber();
              findings.add(Finding.error(DriftRule.BROKEN_LINK.id(),
                  shownAs.resolve(site.relativize(page)), Math.max(line, 0),
                  "<" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute) + "\"> " + problem));
            }
          }
        }
      }
    }
    return findings.stream().sorted().toList();
  }

  /** What is wrong with a link written on {@code page}, or null when it leads somewhere. */
  private String problem(Path page, String link, boolean loadsResource) {
    if (link.isEmpty()) {
      return "is empty";
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      return "is not a valid URL";
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme();
      if (loadsResource && !scheme.equals("data")) {
        return "loads from outside the site, which breaks offline use";
      }
      return null; // a link to another site or mailto: is the reader's to follow
    }
    String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.startsWith("/")) {
      return "is absolute, so it breaks under a sub-path and from file://";
    }
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!target.startsWith(site)) {
      return "leads out of the site";
    }
    if (Files.isDirectory(target)) {
      return "names a folder, which file:// shows as a listing; link to its index.html";
    }
    if (!Files.isRegularFile(target)) {
      return "points to " + site.relativize(target).toString().replace('\\', '/') + ", which does not exist";
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
        && !idsOf(target).contains(fragment)) {
      return "points to #" + fragment + ", which is not an id on that page";
    }
    return null;
  }

  private Set<String> idsOf(Path page) {
    return idsByPage.computeIfAbsent(page, p -> idsOf(parse(p)));
  }

  private static Set<String> idsOf(Document document) {
    Set<String> ids = new HashSet<>();
    document.select("[id]").forEach(e -> ids.add(e.id()));
    document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
    return ids;
  }

  private Document parse(Path page) {
    try {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      return Jsoup.parse(html, "", parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
