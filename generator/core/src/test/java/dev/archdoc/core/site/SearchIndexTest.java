package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The search index")
class SearchIndexTest {

  @Test
  @DisplayName("is JSON inside a script that no text of a page can end, hide or break")
  void safeInAScript() throws IOException {
    String hostile = "a </script><script>alert(1)</script> <!-- \u2028 \u2029 \"quoted\" back\\slash \u0001 é";
    SitePage page = SitePage.of("x/</script>.html", hostile, "s", "").searchable("page", hostile);
    String entry = SearchIndex.entry(page);
    assertThat(entry).doesNotContain("<", ">", "\u2028", "\u2029", "\u0001");
    assertThat(strings(entry)).containsExactly("t", hostile,
        "u", "x/</script>.html", "k", "page", "x", hostile.replaceAll("\\s+", " ").strip());
  }

  @Test
  @DisplayName("carries a type page's members, each with its anchor, and keeps code pages' text short")
  void membersAndShortCodeText() throws IOException {
    SitePage type = SitePage.of("code/p/T.html", "T", "s", "").searchable("type", "word ".repeat(5_000))
        .withSearchMembers(List.<String[]>of(new String[] {"getCitationKey", "m-getCitationKey--"}));
    String entry = SearchIndex.entry(type);
    assertThat(strings(entry)).contains("getCitationKey", "m-getCitationKey--");
    assertThat(entry.length()).isLessThan(SearchIndex.MAX_TEXT + 200);
    SitePage decision = SitePage.of("decisions/1.html", "D", "s", "").searchable("decision", "word ".repeat(5_000));
    assertThat(SearchIndex.entry(decision).length()).isGreaterThan(SearchIndex.MAX_TEXT * 5);
    String script = SearchIndex.script(List.of(Map.entry("b", entry), Map.entry("a", SearchIndex.entry(decision))));
    assertThat(script).startsWith("window.ARCHDOC_SEARCH = {\"entries\": [\n{\"t\":\"D\"");
    String json = script.substring("window.ARCHDOC_SEARCH = ".length(), script.lastIndexOf(';'));
    assertThat(strings(json)).contains("entries", "D", "T");
  }

  /** Every string of a JSON text, in order, as a JSON parser reads it. */
  private static List<String> strings(String json) throws IOException {
    List<String> found = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          found.add(parser.getText());
        }
      }
    }
    return found;
  }
}
