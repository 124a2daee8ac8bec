package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.publish.Publish.Step;
import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Publishing versions into a folder")
class PublishTest {

  @TempDir Path temp;

  /** A stand-in for a built site: enough pages to follow, fast to make. */
  static Path builtSite(Path where, String version, String... extraPages) throws IOException {
    Path site = where.resolve("built-" + version + "-" + extraPages.length);
    write(site.resolve("index.html"), "<html><body>home " + version + "</body></html>");
    write(site.resolve("decisions/index.html"), "<html><body>decisions " + version + "</body></html>");
    write(site.resolve("_archdoc/search-index.js"), "window.ARCHDOC_SEARCH = {entries: [\"" + version + "\"]};");
    for (String page : extraPages) {
      write(site.resolve(page), "<html><body>" + page + " " + version + "</body></html>");
    }
    return site;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Every file of a folder and its bytes, to compare whole states. */
  static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  private Publish.Request request(Path target, String version, String... aliases) {
    return new Publish.Request(temp, version, List.of(aliases), null, new Publish.Folder(target), List.of());
  }

  private void publish(Path target, String version, String... aliases) throws IOException {
    Publish.addBuilt(builtSite(temp, version), request(target, version, aliases), StepListener.NONE);
  }

  @Test
  @DisplayName("puts each version in its folder and lists them newest first in mike's versions.json")
  void layout() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.9");
    publish(site, "1.10", "latest");
    publish(site, "1.10-rc1");
    assertThat(site.resolve("1.9/index.html")).content().contains("home 1.9");
    assertThat(site.resolve("1.10/decisions/index.html")).content().contains("decisions 1.10");
    assertThat(site.resolve("versions.json")).content().isEqualTo("""
        [ {
          "version" : "1.10",
          "title" : "1.10",
          "aliases" : [ "latest" ],
          "properties" : {
            "archdoc" : {
              "site" : {
                "default" : "latest"
              }
            }
          }
        }, {
          "version" : "1.10-rc1",
          "title" : "1.10-rc1",
          "aliases" : [ ]
        }, {
          "version" : "1.9",
          "title" : "1.9",
          "aliases" : [ ]
        } ]
        """);
    assertThat(site.resolve("versions.js")).content().startsWith("window.ARCHDOC_VERSIONS = {\"default\":\"latest\",\"defaultVersion\":\"1.10\"");
    assertThat(site.resolve("index.html")).content().contains("url=latest/index.html").doesNotContain("<meta name=\"archdoc");
    assertThat(site.resolve("latest/decisions/index.html")).content().contains("url=../../1.10/decisions/index.html");
    assertThat(site.resolve(".nojekyll")).exists();
    assertThat(site.resolve("404.html")).content().contains("\"1.10\",\"latest\"");
    assertThat(site.resolve("decisions.html")).content().contains("Decisions across versions");
    assertThat(dev.archdoc.core.site.linkcheck.LinkChecker.check(site, Path.of("pages"))).isEmpty();
  }

  @Test
  @DisplayName("moves an alias: publishing 1.1 as latest takes latest away from 1.0 and rewrites its folder")
  void aliasesMove() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "latest", "stable");
    publish(site, "1.1", "latest");
    VersionSet set = VersionedFolder.read(site);
    assertThat(set.resolve("latest")).contains("1.1");
    assertThat(set.resolve("stable")).contains("1.0");
    assertThat(site.resolve("latest/index.html")).content().contains("url=../1.1/index.html");
    assertThat(site.resolve("stable/index.html")).content().contains("url=../1.0/index.html");
    assertThat(site.resolve("index.html")).content().contains("url=latest/index.html");
    publish(site, "1.2");
    assertThat(site.resolve("index.html")).content().as("the default stays with its alias").contains("url=latest/index.html");
  }

  @Test
  @DisplayName("replaces a version published twice, pages it lost included, and leaves the others alone")
  void sameVersionTwice() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    Publish.addBuilt(builtSite(temp, "1.1", "old-page.html"), request(site, "1.1", "latest"), StepListener.NONE);
    Map<String, String> before = snapshot(site.resolve("1.0"));
    publish(site, "1.1", "latest");
    assertThat(site.resolve("1.1/old-page.html")).doesNotExist();
    assertThat(site.resolve("latest/old-page.html")).doesNotExist();
    assertThat(snapshot(site.resolve("1.0"))).isEqualTo(before);
    assertThat(VersionedFolder.read(site).entries()).hasSize(2);
  }

  @Test
  @DisplayName("gives the same bytes whichever order two versions are published in")
  void eitherOrder() throws IOException {
    Path one = temp.resolve("one");
    Path two = temp.resolve("two");
    publish(one, "1.0");
    publish(one, "2.0", "beta");
    publish(two, "2.0", "beta");
    publish(two, "1.0");
    assertThat(snapshot(one)).isEqualTo(snapshot(two));
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", "../x", "/etc", "a/b", "a\\b", ".", "..", ".hidden", "versions.json", "1.0 beta"})
  @DisplayName("refuses a version or alias that would not be one folder of the site, and changes nothing")
  void badNames(String name) throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    Map<String, String> before = snapshot(site);
    assertThatThrownBy(() -> Publish.addBuilt(builtSite(temp, "x"), request(site, name), StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> Publish.addBuilt(builtSite(temp, "x"), request(site, "2.0", name), StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias");
    assertThat(snapshot(site)).isEqualTo(before);
    assertThat(temp.resolve("x")).doesNotExist();
  }

  @Test
  @DisplayName("refuses a version named like an alias, and an alias named like a version")
  void versionsAndAliasesDoNotClash() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "latest");
    assertThatThrownBy(() -> publish(site, "latest")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> publish(site, "2.0", "1.0")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "a failure after {0}")
  @EnumSource(value = Step.class, names = {"COPIED", "VERSION_WRITTEN", "ALIASES_WRITTEN", "INDEX_WRITTEN"})
  @DisplayName("leaves the previous site whole when a step fails before the swap")
  void failureBeforeTheSwap(Step failing) throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "latest");
    publish(site, "1.1", "latest");
    Map<String, String> before = snapshot(site);
    List<Step> seen = new ArrayList<>();
    StepListener fail = step -> {
      seen.add(step);
      if (step == failing) {
        throw new IOException("injected after " + step);
      }
    };
    assertThatThrownBy(() -> Publish.addBuilt(builtSite(temp, "2.0"), request(site, "2.0", "latest"), fail))
        .hasMessageContaining("injected");
    assertThat(seen).endsWith(failing);
    assertThat(snapshot(site)).isEqualTo(before);
    assertThat(VersionSet.parse(Files.readString(site.resolve("versions.json")))).hasSize(2);
    assertThat(temp.resolve(".pages.archdoc-staging")).doesNotExist();
    publish(site, "2.0", "latest"); // and the next publish works
    assertThat(VersionedFolder.read(site).resolve("latest")).contains("2.0");
  }

  @Test
  @DisplayName("has the whole new site in place once the swap is done, even when something fails after it")
  void failureAfterTheSwap() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "latest");
    StepListener fail = step -> {
      if (step == Step.COMMITTED) {
        throw new IOException("injected");
      }
    };
    assertThatThrownBy(() -> Publish.addBuilt(builtSite(temp, "1.1"), request(site, "1.1", "latest"), fail));
    assertThat(VersionedFolder.read(site).resolve("latest")).contains("1.1");
    assertThat(site.resolve("1.0/index.html")).content().contains("home 1.0");
  }

  @Test
  @DisplayName("puts the previous site back when a crash came between the two renames")
  void recoversFromACrashBetweenRenames() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    Files.move(site, temp.resolve(".pages.archdoc-previous"));
    publish(site, "1.1");
    assertThat(VersionedFolder.read(site).entries()).extracting(VersionSet.Entry::version).containsExactly("1.1", "1.0");
  }

  @Test
  @DisplayName("writes no sitemap.xml without the site's address, and says so: the protocol wants absolute URLs")
  void noSitemapWithoutSiteUrl() throws IOException {
    Path site = temp.resolve("pages");
    Publish.Outcome outcome = Publish.addBuilt(builtSite(temp, "1.0"), request(site, "1.0"), StepListener.NONE);
    assertThat(site.resolve("sitemap.xml")).doesNotExist();
    assertThat(outcome.notes()).singleElement().asString().startsWith("no sitemap.xml: ").contains("--site-url");
  }

  @Test
  @DisplayName("writes absolute sitemap URLs under the site's address, and keeps the address for later publishes")
  void sitemapWithSiteUrl() throws IOException {
    Path site = temp.resolve("pages");
    Publish.Outcome first = Publish.addBuilt(builtSite(temp, "1.0", "a b/é.html"),
        new Publish.Request(temp, "1.0", List.of("latest"), null, new Publish.Folder(site), List.of(),
            "https://org.github.io/repo"), StepListener.NONE);
    assertThat(first.notes()).isEmpty();
    assertThat(site.resolve("sitemap.xml")).content()
        .contains("<loc>https://org.github.io/repo/1.0/index.html</loc>")
        .contains("<loc>https://org.github.io/repo/1.0/a%20b/%C3%A9.html</loc>")
        .contains("<loc>https://org.github.io/repo/decisions.html</loc>")
        .doesNotContain("<loc>1.0/");
    Publish.Outcome second = Publish.addBuilt(builtSite(temp, "1.1"), request(site, "1.1", "latest"), StepListener.NONE);
    assertThat(second.notes()).isEmpty();
    assertThat(site.resolve("sitemap.xml")).content()
        .contains("<loc>https://org.github.io/repo/1.1/decisions/index.html</loc>")
        .as("the default version's pages only").doesNotContain("/1.0/");
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"org.github.io/repo", "/repo/", "ftp://org.github.io/repo/", "https://org.github.io/?q=1",
      "https://org.github.io/#top", "https://", "http://a b/"})
  @DisplayName("refuses a site address that is not an absolute http(s) URL, and changes nothing")
  void badSiteUrl(String url) throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    Map<String, String> before = snapshot(site);
    assertThatThrownBy(() -> Publish.addBuilt(builtSite(temp, "2.0"), new Publish.Request(temp, "2.0", List.of(), null,
        new Publish.Folder(site), List.of(), url), StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an absolute http(s) address");
    assertThat(snapshot(site)).isEqualTo(before);
  }

  @Test
  @DisplayName("refuses to publish into a folder another publish holds, naming the lock, and changes nothing")
  void lockedFolder() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "latest");
    Map<String, String> before = snapshot(site);
    Path lockFile = PublishLock.fileFor(site);
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
        java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = channel.lock()) {
      channel.truncate(0);
      channel.write(java.nio.ByteBuffer.wrap("the other publish".getBytes()), 0);
      assertThatThrownBy(() -> publish(site, "1.1", "latest"))
          .isInstanceOf(PublishLock.Held.class)
          .hasMessage("another publish into " + site + " is running (the other publish): it holds " + lockFile
              + "; nothing was changed, publish again when it is done");
      assertThat(snapshot(site)).isEqualTo(before);
      assertThat(temp.resolve(".pages.archdoc-staging")).doesNotExist();
    }
    publish(site, "1.1", "latest"); // a lock file nobody holds is no lock
    assertThat(VersionedFolder.read(site).resolve("latest")).contains("1.1");
  }

  @Test
  @DisplayName("keeps the default and the site URL in versions.json; reads them once from the <meta> tags of a site an older archdoc wrote")
  void stateInVersionsJson() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0", "stable");
    Path json = site.resolve("versions.json");
    // as an older archdoc left it: the state in the root page's <meta> tags, none in versions.json
    Files.writeString(json, Files.readString(json).replaceAll("(?s),\\s*\"properties\" : \\{.*?\\}\\s*\\}\\s*\\}", ""));
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head>"
        + "<meta name=\"archdoc-default\" content=\"stable\">\n"
        + "<meta name=\"archdoc-site-url\" content=\"https://acme.github.io/a&amp;b/\">\n</head></html>");
    assertThat(Files.readString(json)).doesNotContain("properties");
    publish(site, "1.1");
    assertThat(site.resolve("index.html")).content().contains("url=stable/index.html");
    assertThat(site.resolve("sitemap.xml")).content().contains("<loc>https://acme.github.io/a&amp;b/1.0/index.html</loc>");
    assertThat(json).content().contains("\"default\" : \"stable\"").contains("\"siteUrl\" : \"https://acme.github.io/a&b/\"");
    publish(site, "1.2"); // and from versions.json from now on
    assertThat(site.resolve("index.html")).content().contains("url=stable/index.html");
    assertThat(VersionedFolder.read(site).site()).contains("https://acme.github.io/a&b/");
    assertThat(VersionSet.parse(Files.readString(json)).get(0).version()).isEqualTo("1.2");
    assertThat(json).content().containsOnlyOnce("\"site\"");
  }
}
