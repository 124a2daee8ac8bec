package dev.archdoc.core.affected;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("archdoc affected's formats: every name from the project is written inert")
class AffectedFormatTest {

  private static Affected.Report report(String title, String element) {
    Affected.Reason reason = new Affected.Reason("governs", element, 4, List.of(), "src/main/java/A.java", "40-52");
    Affected.Doc doc = new Affected.Doc(Affected.Kind.DECISION, Path.of("docs/adr/0004-x.md"), 4, "ADR-4", title,
        List.of(reason));
    return new Affected.Report("main", "1a2b3c4", Path.of("service"), 1, 1, List.of(doc), List.of());
  }

  @Test
  @DisplayName("Markdown: a hostile title cannot link, mention, embed HTML or break the list; code spans hold backticks")
  void markdownIsInert() {
    String markdown = AffectedFormat.MARKDOWN.render(
        report("Pwn <img src=x onerror=alert(1)> @everyone [click](https://evil)\n# heading", "a.B`c"));
    assertTrue(markdown.contains("- **ADR\\-4** Pwn \\<img src\\=x onerror\\=alert\\(1\\)\\> \\@everyone"
        + " \\[click\\]\\(https\\:\\/\\/evil\\) \\# heading (`service/docs/adr/0004-x.md`)\n"), markdown);
    assertTrue(markdown.contains("  - governs ``a.B`c``, changed in `service/src/main/java/A.java:40-52`\n"), markdown);
    assertFalse(markdown.matches("(?s).*[^\\\\]<img.*"), markdown);
  }

  @Test
  @DisplayName("GitHub: paths are the repository's, and a title cannot end the command or add a property")
  void githubIsEscaped() {
    String github = AffectedFormat.GITHUB.render(report("a, b: c\n::error::x", "a.B"));
    assertTrue(github.startsWith("::notice file=service/docs/adr/0004-x.md,line=4,title=archdoc affected%3A ADR-4"
        + " a%2C b%3A c %3A%3Aerror%3A%3Ax (docs/adr/0004-x.md)::ADR-4 governs a.B, changed in"
        + " src/main/java/A.java:40-52\n"), github);
    assertEquals(2, github.lines().count(), github);
  }

  @Test
  @DisplayName("changed lines read as ranges: 3, 5-7, 10; a scattered change as its extent and size")
  void ranges() {
    assertEquals("3, 5-7, 10", Affected.ranges(new TreeSet<>(Set.of(3, 5, 6, 7, 10))));
    assertEquals("", Affected.ranges(new TreeSet<>()));
    assertEquals("3, 5-7, 10, 12", Affected.summarized(new TreeSet<>(Set.of(3, 5, 6, 7, 10, 12))));
    assertEquals("3-14 (7 lines in 5 places)", Affected.summarized(new TreeSet<>(Set.of(3, 5, 6, 7, 10, 12, 14))));
  }
}
