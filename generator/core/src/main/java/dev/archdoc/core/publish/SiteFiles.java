package dev.archdoc.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** The files a versioned site keeps beside its versions, and the redirect pages of an alias. */
final class SiteFiles {

  private SiteFiles() {}

  /**
   * versions.json, versions.js, index.html, 404.html, decisions.html and .nojekyll at the root, and
   * sitemap.xml when the site URL is known: the sitemaps protocol wants absolute URLs, and a sitemap
   * of relative ones is one that search engines reject, so without a URL there is none (and a stale
   * one goes).
   *
   * @param siteUrl absolute, ending in {@code /}; kept in versions.json for the next publish
   * @param templates the project's theme folder ({@code theme:} in archdoc.yml)
   */
  static void writeRootFiles(Path root, VersionSet versions, Optional<String> siteUrl, Path templates)
      throws IOException {
    write(root.resolve("versions.json"), versions.withSiteUrl(siteUrl.orElse(null)).toJson());
    write(root.resolve("versions.js"), versions.toScript());
    write(root.resolve(".nojekyll"), "");
    if (versions.entries().isEmpty()) { // the last version was deleted: no page is left to lead to
      for (String page : List.of("index.html", "404.html", DecisionsPage.FILE, "sitemap.xml")) {
        Files.deleteIfExists(root.resolve(page));
      }
      return;
    }
    String landing = versions.landing().orElseThrow();
    String landingVersion = versions.landingVersion().orElseThrow();
    write(root.resolve("index.html"), redirect(landing + "/index.html", ""));
    write(root.resolve("404.html"), notFound(versions));
    write(root.resolve(DecisionsPage.FILE), DecisionsPage.html(DecisionsPage.read(root, versions), landingVersion,
        templates, Files.isRegularFile(root.resolve(landingVersion).resolve("_archdoc/archdoc.css"))));
    if (siteUrl.isPresent()) {
      write(root.resolve("sitemap.xml"), sitemap(root, versions, siteUrl.get()));
    } else {
      Files.deleteIfExists(root.resolve("sitemap.xml"));
    }
  }

  /**
   * The site URL as the root files use it, or why it cannot be one: an absolute http(s) URL without
   * query or fragment, given a trailing {@code /} when it lacks one.
   */
  static String siteUrl(String given) {
    String problem = "the site URL \"" + given + "\" is not an absolute http(s) address such as https://org.github.io/repo/";
    URI uri;
    try {
      uri = new URI(given.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(problem);
    }
    if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(problem);
    }
    String text = uri.toString();
    return text.endsWith("/") ? text : text + "/";
  }

  /**
   * An alias folder: for every page of the version, a page at the same path that redirects to it
   * (as mike does), so links into {@code latest/} keep working when latest moves.
   */
  static void writeAliasFolder(Path version, Path alias, String versionName) throws IOException {
    for (String page : VersionedFolder.htmlPages(version)) {
      int depth = page.split("/").length - 1;
      String target = "../".repeat(depth + 1) + versionName + "/" + page;
      Path file = alias.resolve(page);
      Files.createDirectories(file.getParent());
      write(file, redirect(target, ""));
    }
  }

  private static String redirect(String target, String extraHead) {
    String url = escape(target);
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + extraHead
        + "<title>Redirecting</title>\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
        + "<script>location.replace(\"" + target.replace("\\", "\\\\").replace("\"", "\\\"") + "\" + location.hash);</script>\n"
        + "</head>\n<body>\n<p>Redirecting to <a href=\"" + url + "\">" + url + "</a>.</p>\n</body>\n</html>\n";
  }

  /**
   * GitHub Pages serves it for any missing path, so it cannot know where the site root is: it
   * finds a version or alias folder in the path and sends the reader to that version's home.
   */
  private static String notFound(VersionSet versions) {
    StringBuilder names = new StringBuilder("[");
    for (VersionSet.Entry entry : versions.entries()) {
      for (String name : concat(entry.version(), entry.aliases())) {
        names.append(names.length() > 1 ? "," : "").append('"').append(name).append('"');
      }
    }
    names.append(']');
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Page not found</title>\n"
        + "<script>\n(function () {\n  var names = " + names + ";\n"
        + "  var parts = location.pathname.split(\"/\");\n"
        + "  for (var i = parts.length - 2; i >= 0; i--) {\n"
        + "    if (names.indexOf(decodeURIComponent(parts[i])) >= 0) {\n"
        + "      location.replace(parts.slice(0, i + 1).join(\"/\") + \"/index.html\");\n      return;\n    }\n  }\n"
        + "})();\n</script>\n</head>\n<body>\n<h1>Page not found</h1>\n"
        + "<p>This page does not exist in this version of the documentation.</p>\n</body>\n</html>\n";
  }

  /**
   * The landing version's pages and the decisions page, as absolute URLs (only the landing version:
   * older versions' pages would compete with it in search results).
   */
  private static String sitemap(Path root, VersionSet versions, String siteUrl) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    String landing = versions.landingVersion().orElseThrow();
    List<String> pages = new java.util.ArrayList<>();
    for (String page : VersionedFolder.htmlPages(root.resolve(landing))) {
      pages.add(landing + "/" + page);
    }
    pages.add(DecisionsPage.FILE);
    for (String page : pages) {
      xml.append("  <url><loc>").append(escape(siteUrl + encodePath(page))).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  /** Percent-encodes what a path segment may not hold as it is (spaces, non-ASCII), keeping the slashes. */
  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      try {
        out.append(new URI(null, null, "/" + segment, null).toASCIIString().substring(1)
            .replace("?", "%3F").replace("#", "%23"));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return out.toString();
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }

  /** Text for HTML, in an element or a quoted attribute: jsoup's escaper, not one of our own. */
  private static String escape(String text) {
    return org.jsoup.nodes.Entities.escape(text);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
