package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Java highlighter")
class JavaHighlighterTest {

  @Test
  @DisplayName("marks keywords, strings, numbers, annotations and line comments, and escapes the rest")
  void marksTokensOnALine() {
    String html = new JavaHighlighter().line("@Decision(\"ADR-2\") static int x = a < 3; // why");
    assertThat(html).isEqualTo("<span class=\"a\">@Decision</span>(<span class=\"s\">&quot;ADR-2&quot;</span>) "
        + "<span class=\"k\">static</span> <span class=\"k\">int</span> x = a &lt; <span class=\"n\">3</span>; "
        + "<span class=\"c\">// why</span>");
  }

  @Test
  @DisplayName("keeps a block comment open across lines, and a keyword inside it is comment")
  void blockCommentsSpanLines() {
    JavaHighlighter highlighter = new JavaHighlighter();
    assertThat(highlighter.line("int a; /** Starts")).endsWith("<span class=\"c\">/** Starts</span>");
    assertThat(highlighter.line(" * return <b> here")).isEqualTo("<span class=\"c\"> * return &lt;b&gt; here</span>");
    assertThat(highlighter.line(" */ return a;")).isEqualTo("<span class=\"c\"> */</span> <span class=\"k\">return</span> a;");
  }

  @Test
  @DisplayName("reads a string with an escaped quote as one string")
  void escapedQuotes() {
    assertThat(new JavaHighlighter().line("s = \"a \\\" if\";"))
        .isEqualTo("s = <span class=\"s\">&quot;a \\&quot; if&quot;</span>;");
  }
}
