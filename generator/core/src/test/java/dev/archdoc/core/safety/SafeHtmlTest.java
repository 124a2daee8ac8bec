package dev.archdoc.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Content HTML and diagram SVG are cleaned with allowlists")
class SafeHtmlTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
      "<a href=\"&#106;avascript:alert(1)\">x</a>",
      "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
      "<a href=\"jav\nascript:alert(1)\">x</a>",
      "<a href=\" &#14; javascript:alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
      "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
      "<img src=x onerror=alert(1)>",
      "<script>alert(1)</script>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<svg onload=alert(1)><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
      "<details open ontoggle=alert(1)><summary>s</summary></details>",
      "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
      "<p style=\"background:url(javascript:alert(1))\">x</p>",
      "<div style=\"width:expression(alert(1))\">x</div>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
      "<base href=\"javascript:alert(1)//\">",
      "<object data=\"javascript:alert(1)\"></object>"})
  void removesWhatRunsScript(String html) {
    SafeHtml.Cleaned cleaned = SafeHtml.clean("<p>before</p>" + html);
    String out = cleaned.html().toLowerCase(java.util.Locale.ROOT);
    assertThat(out).doesNotContain("alert(1)").doesNotContain("msgbox").doesNotContain("onload")
        .doesNotContain("onerror").doesNotContain("ontoggle").doesNotContain("<script").doesNotContain("<iframe")
        .doesNotContain("javascript:").doesNotContain("<base").doesNotContain("<object").doesNotContain("<form");
    assertThat(cleaned.html()).startsWith("<p>before</p>");
    assertThat(cleaned.removed()).isNotEmpty();
  }

  @Test
  @DisplayName("keeps what the renderers write: tables, details, kbd, images, anchors, code, admonitions, task lists")
  void keepsTheRenderersOwnHtml() {
    String html = "<h2 id=\"intro\"><a href=\"#intro\" class=\"heading-anchor\"></a>Intro</h2>"
        + "<table class=\"tableblock\"><colgroup><col style=\"width: 50%;\"></colgroup><tbody><tr>"
        + "<td class=\"tableblock\"><kbd>Ctrl</kbd></td></tr></tbody></table>"
        + "<details><summary>more</summary><p>hidden</p></details>"
        + "<img src=\"images/logo.png\" alt=\"logo\">"
        + "<a href=\"../code/a/B.html#m-step()\">step</a> <a href=\"https://example.org/x\">out</a>"
        + " <a href=\"mailto:a@example.org\">mail</a>"
        + "<div class=\"admonitionblock note\"><table><tbody><tr><td class=\"icon\"><div class=\"title\">Note</div>"
        + "</td></tr></tbody></table></div>"
        + "<pre class=\"highlight\"><code class=\"language-java\" data-lang=\"java\">int x; <b class=\"conum\">(1)</b></code></pre>"
        + "<ul><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\""
        + " disabled=\"disabled\" readonly=\"readonly\">done</li></ul>";
    SafeHtml.Cleaned cleaned = SafeHtml.clean(html);
    assertThat(cleaned.removed()).isEmpty();
    assertThat(cleaned.html()).contains("<h2 id=\"intro\"><a href=\"#intro\" class=\"heading-anchor\"></a>Intro</h2>",
        "<col style=\"width: 50%;\">", "<kbd>Ctrl</kbd>", "<details><summary>more</summary>",
        "<img src=\"images/logo.png\" alt=\"logo\">", "href=\"../code/a/B.html#m-step()\"",
        "href=\"https://example.org/x\"", "href=\"mailto:a@example.org\"", "class=\"admonitionblock note\"",
        "class=\"language-java\" data-lang=\"java\"", "<b class=\"conum\">(1)</b>", "type=\"checkbox\"");
  }

  @Test
  @DisplayName("a diagram placeholder gets its SVG back; one the content writes under another key stays empty")
  void figures() {
    String html = "<p>x</p>" + SafeHtml.figure("k-0", "The <b>flow</b><script>alert(1)</script>")
        + "<figure class=\"diagram\" data-archdoc-figure=\"k-1\"></figure>";
    String svg = SafeSvg.clean("<svg viewBox=\"0 0 1 1\"><rect x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></svg>");
    String out = SafeHtml.clean(html, Map.of("k-0", svg)).html();
    assertThat(out).contains("<figure class=\"diagram\"><svg viewBox=\"0 0 1 1\">",
        "<figcaption>The <b>flow</b></figcaption>", "<figure class=\"diagram\"></figure>");
    assertThat(out).doesNotContain("alert").doesNotContain("data-archdoc-figure");
  }

  @Test
  @DisplayName("where a link was written is kept when a renderer marked it; content that writes the mark itself loses it")
  void sourceMarks() {
    String html = "<a href=\"a.html\" data-archdoc-source=\"" + SafeHtml.sourceMark("docs/index.md:3") + "\">a</a>"
        + "<a href=\"b.html\" data-archdoc-source=\"src/main/java/Other.java:1\">b</a>"
        + "<img src=\"c.png\" alt=\"\" data-archdoc-source=\"" + SafeHtml.sourceMark("docs/index.md:5") + "\">";
    SafeHtml.Cleaned cleaned = SafeHtml.clean(html);
    assertThat(cleaned.html()).contains("<a href=\"a.html\" data-archdoc-source=\"docs/index.md:3\">a</a>",
        "<a href=\"b.html\">b</a>", "data-archdoc-source=\"docs/index.md:5\"");
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  @DisplayName("PlantUML's SVG keeps shapes, text and safe links; loses script, handlers, javascript: and remote url()")
  void svg() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " viewBox=\"0 0 10 10\" onload=\"alert(1)\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>"
        + "</linearGradient></defs><g class=\"entity\" data-qualified-name=\"a.B\" data-source-line=\"3\">"
        + "<a href=\"B.html\" xlink:href=\"B.html\" target=\"_top\"><rect fill=\"url(#g)\" x=\"1\" y=\"1\" width=\"2\""
        + " height=\"2\" style=\"stroke:#181818;\"/></a>"
        + "<a href=\"javascript:alert(1)\" xlink:href=\"JavaScript:alert(1)\"><text x=\"1\" y=\"1\">t</text></a>"
        + "<rect style=\"fill:url(https://evil.example/x)\" fill=\"url(https://evil.example/y)\"/>"
        + "<foreignObject><script>alert(1)</script></foreignObject><style>*{}</style><script>alert(1)</script>"
        + "<image xlink:href=\"data:image/png;base64,AAAA\"/></g></svg>";
    String out = SafeSvg.clean(svg);
    assertThat(out).contains("viewBox=\"0 0 10 10\"", "<linearGradient id=\"g\">", "data-qualified-name=\"a.B\"",
        "href=\"B.html\" xlink:href=\"B.html\"", "fill=\"url(#g)\"", "style=\"stroke:#181818;\"", ">t</text>");
    assertThat(out.toLowerCase(java.util.Locale.ROOT)).doesNotContain("alert").doesNotContain("javascript")
        .doesNotContain("evil.example").doesNotContain("<style").doesNotContain("<image").doesNotContain("foreignobject");
  }
}
