package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The order of versions")
class VersionSetTest {

  @Test
  @DisplayName("is newest first: numbers as numbers, pre-releases before their release, longer releases after")
  void newestFirst() {
    List<String> versions = new ArrayList<>(List.of("1.0", "1.10", "1.9", "2.0", "1.9-rc1", "1.9.1", "0.9"));
    Collections.shuffle(versions, new java.util.Random(4));
    VersionSet set = VersionSet.empty();
    for (String v : versions) {
      set = set.with(v, null, List.of());
    }
    assertThat(set.entries()).extracting(VersionSet.Entry::version)
        .containsExactly("2.0", "1.10", "1.9.1", "1.9", "1.9-rc1", "1.0", "0.9");
  }
}
