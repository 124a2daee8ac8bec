package dev.archdoc.core.docs.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.CodeRef;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading AsciiDoc is lexical: these tests need no AsciidoctorJ and run in milliseconds. */
class AsciiDocReaderTest {

  private static final Path GUIDE = Path.of("arch-docs/guide.adoc");

  private static final String PAGE = """
      = The Raft Guide
      :status: accepted
      :toc:

      Intro with code:com.example.raft.core.RaftCore#step(a.C,long)[the step] and code:a.B["a, b"].

      == Elections & Terms

      See xref:decisions/0002-pipeline.adoc#context[the decision] and <<other.adoc#x,y>>, <<the_log>>.

      [plantuml]
      ----
      A -> B
      ----

      [[the_log]]
      === The log

      ----
      code:not.a.Ref[inside a listing]
      include::../src/Core.java[tag=step]
      ----

      // code:not.a.Ref[in a comment]
      == Elections & Terms
      """;

  @Test
  @DisplayName("the document title and header attributes are read")
  void titleAndAttributes() {
    Page page = PageReader.read(GUIDE, PAGE).page();

    assertEquals("The Raft Guide", page.title());
    assertEquals("accepted", page.metadata().get("status"));
  }

  @Test
  @DisplayName("code macros are read with line and text, not inside listings or comments")
  void codeRefs() {
    assertEquals(List.of(
        new CodeRef("com.example.raft.core.RaftCore#step(a.C,long)", "the step", GUIDE, 5),
        new CodeRef("a.B", "a, b", GUIDE, 5)), PageReader.read(GUIDE, PAGE).page().codeRefs());
  }

  @Test
  @DisplayName("sections get Asciidoctor's ids: generated, explicit, and numbered when repeated")
  void sectionIds() {
    List<Heading> headings = PageReader.read(GUIDE, PAGE).page().headings();

    assertEquals(List.of(
        new Heading(1, "The Raft Guide", null, 1),
        new Heading(2, "Elections & Terms", "_elections_terms", 7),
        new Heading(3, "The log", "the_log", 17),
        new Heading(2, "Elections & Terms", "_elections_terms_2", 25)), headings);
  }

  @Test
  @DisplayName("xrefs, short xrefs and same-page references become doc links")
  void docLinks() {
    assertEquals(List.of(
        new DocLink(GUIDE, 9, "decisions/0002-pipeline.adoc#context",
            Path.of("arch-docs/decisions/0002-pipeline.adoc"), "context"),
        new DocLink(GUIDE, 9, "other.adoc#x", Path.of("arch-docs/other.adoc"), "x"),
        new DocLink(GUIDE, 9, "#the_log", GUIDE, "the_log")), PageReader.read(GUIDE, PAGE).page().docLinks());
  }

  @Test
  @DisplayName("an xref: macro to a file with an extension is a link to that file, as Asciidoctor reads it; <<...>> stays an id")
  void xrefMacroToAFile() {
    Page page = PageReader.read(GUIDE, "= G\n\nSee xref:diagrams/roles.puml[the roles] and <<v1.2>>.\n").page();

    assertEquals(List.of(
        new DocLink(GUIDE, 3, "diagrams/roles.puml", Path.of("arch-docs/diagrams/roles.puml"), null),
        new DocLink(GUIDE, 3, "#v1.2", GUIDE, "v1.2")), page.docLinks());
  }

  @Test
  @DisplayName("[plantuml] blocks and include directives are read with their lines")
  void diagramsAndIncludes() {
    Page page = PageReader.read(GUIDE, PAGE).page();

    assertEquals(List.of(new DiagramSource(GUIDE, 13, "A -> B")), page.diagrams());
    assertEquals(List.of(new SnippetInclude(GUIDE, 21, "../src/Core.java", Path.of("arch-docs/../src/Core.java").normalize(),
        List.of("step"))), page.snippets());
  }

  @Test
  @DisplayName("generated ids follow Asciidoctor's rule for markup, replacements and separators")
  void idRule() {
    Set<String> taken = new HashSet<>();
    assertEquals("_the_big_idea", AsciiDocIds.generate("The _big_ idea", null, null, taken));
    assertEquals("_a_b", AsciiDocIds.generate("A -> B", null, null, taken));
    assertEquals("_whats_new_in_1_2", AsciiDocIds.generate("What's *new* in 1.2?", null, null, taken));
    assertEquals("log-replication", AsciiDocIds.generate("Log replication", "", "-", taken));
    assertTrue(taken.contains("_a_b"));
  }
}
