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
