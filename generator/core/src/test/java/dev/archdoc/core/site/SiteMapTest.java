package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The site map")
class SiteMapTest {

  @Test
  @DisplayName("links between pages with relative paths, keeping the fragment")
  void relativeLinks() {
    assertThat(SiteMap.relative("index.html", "raft-kv/code/a/B.html#m-x")).isEqualTo("raft-kv/code/a/B.html#m-x");
    assertThat(SiteMap.relative("raft-kv/code/a/B.html", "raft-kv/decisions/0002-x.html"))
        .isEqualTo("../../decisions/0002-x.html");
    assertThat(SiteMap.relative("raft-kv/decisions/index.html", "raft-kv/decisions/0002-x.html")).isEqualTo("0002-x.html");
    assertThat(SiteMap.relative("raft-kv/index.html", "index.html")).isEqualTo("../index.html");
    assertThat(SiteMap.relative("a/b.html", "a/b.html#L3")).isEqualTo("b.html#L3");
  }

  @Test
  @DisplayName("percent-encodes what a URL path cannot hold, and takes a # in a file name as part of it")
  void oddFileNames() {
    assertThat(SiteMap.relative("index.html", "decisions/0024-use-#-as-x.html")).isEqualTo("decisions/0024-use-%23-as-x.html");
    assertThat(SiteMap.relative("a/b.html", "a/why? 100%.html#L3")).isEqualTo("why%3F%20100%25.html#L3");
    assertThat(SiteMap.relative("a/b.html", "a/c:d.html")).isEqualTo("./c:d.html");
    assertThat(SiteMap.relative("a/b.html", "c/überall.html")).isEqualTo("../c/überall.html");
  }

  @Test
  @DisplayName("leads from any page back to the site root")
  void rootOfAPage() {
    assertThat(SiteMap.rootOf("index.html")).isEmpty();
    assertThat(SiteMap.rootOf("raft-kv/code/a/B.html")).isEqualTo("../../../");
  }

  @Test
  @DisplayName("gives each member an id-safe anchor that keeps overloads apart")
  void memberAnchors() {
    assertThat(SiteMap.memberAnchor("a.B#step(a.State,int[])")).isEqualTo("m-step-a.State-int---");
    assertThat(SiteMap.memberAnchor("a.B#step(a.State,int)")).isEqualTo("m-step-a.State-int-");
    assertThat(SiteMap.memberAnchor("a.B#count")).isEqualTo("m-count");
  }
}
