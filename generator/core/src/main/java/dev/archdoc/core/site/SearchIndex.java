package dev.archdoc.core.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The search index: a script that assigns every searchable page (title, path, kind, text, and
 * for a type page its members' names and anchors) to {@code window.ARCHDOC_SEARCH}. A script
 * rather than JSON because browsers refuse {@code fetch} of a local file, and the site must search
 * from {@code file://} too; the theme loads it when the reader first goes to the search box.
 */
final class SearchIndex {

  /**
   * Enough text to find a page by the words it says about itself, without shipping whole source
   * files: a type page's Javadoc, prose and member prose say what it is in the first few thousand
   * characters; more made JabRef's index 8 MB.
   */
  static final int MAX_TEXT = 2_000;
  /** A page people wrote (a decision, a docs page, a tour) is searched through to this length. */
  static final int MAX_WRITTEN_TEXT = 20_000;

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final CharacterEscapes SAFE_IN_SCRIPT = new ScriptSafeEscapes();

  private SearchIndex() {}

  /**
   * The script from each page's {@link #entry} (made once per page and kept with it in the page
   * cache: escaping every page's text is most of the index's cost).
   *
   * @param entries each page's path and entry, null for a page search leaves out
   */
  static String script(java.util.Collection<Map.Entry<String, String>> entries) {
    List<String> searchable = entries.stream()
        .filter(entry -> entry.getValue() != null)
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
    return "window.ARCHDOC_SEARCH = {\"entries\": [\n" + String.join(",\n", searchable) + "\n]};\n";
  }

  /** A page's entry, a JSON object safe inside a script; null when search leaves the page out. */
  static String entry(SitePage page) {
    if (page.searchKind() == null) {
      return null;
    }
    String text = page.searchText() == null ? "" : page.searchText().replaceAll("\\s+", " ").strip();
    int max = writtenByPeople(page.searchKind()) ? MAX_WRITTEN_TEXT : MAX_TEXT;
    if (text.length() > max) {
      text = text.substring(0, max);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setCharacterEscapes(SAFE_IN_SCRIPT);
      json.writeStartObject();
      json.writeStringField("t", page.title());
      json.writeStringField("u", page.path());
      json.writeStringField("k", page.searchKind());
      json.writeStringField("x", text);
      if (!page.searchMembers().isEmpty()) {
        json.writeArrayFieldStart("m");
        for (String[] member : page.searchMembers()) {
          json.writeStartArray();
          for (String part : member) { // name, anchor, and for a member shown on a package page its kind
            json.writeString(part);
          }
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static boolean writtenByPeople(String kind) {
    return kind.equals("decision") || kind.equals("page") || kind.equals("tour");
  }

  /**
   * JSON's escapes, and those a script element needs: no {@code </script>} or {@code <!--} can
   * end or hide the script, and the line separators JavaScript before ES2019 refused stay escaped.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? new SerializedString("\\u2028") : ch == '\u2029' ? new SerializedString("\\u2029") : null;
    }
  }
}
