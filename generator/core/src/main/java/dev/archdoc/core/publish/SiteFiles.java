package dev.archdoc.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files a versioned site keeps beside its versions, and the redirect pages of an alias. */
final class SiteFiles {

  private SiteFiles() {}

  /** versions.json, versions.js, index.html, 404.html, sitemap.xml and .nojekyll at the root. */
  static void writeRootFiles(Path root, VersionSet versions) throws IOException {
    write(root.resolve("versions.json"), versions.toJson());
    write(root.resolve("versions.js"), versions.toScript());
    write(root.resolve(".nojekyll"), "");
    String landing = versions.landing().orElseThrow();
    write(root.resolve("index.html"), redirect(landing + "/index.html",
        "<meta name=\"archdoc-default\" content=\"" + escape(versions.defaultName() == null ? "" : versions.defaultName()) + "\">\n"));
    write(root.resolve("404.html"), notFound(versions));
    write(root.resolve("sitemap.xml"), sitemap(root, versions));
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

  /** The landing version's pages, relative to the site root (a site URL to make them absolute is for later). */
  private static String sitemap(Path root, VersionSet versions) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    String landing = versions.landingVersion().orElseThrow();
    for (String page : VersionedFolder.htmlPages(root.resolve(landing))) {
      xml.append("  <url><loc>").append(escape(landing + "/" + page)).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
