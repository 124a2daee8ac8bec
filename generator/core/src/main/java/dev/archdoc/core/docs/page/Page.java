package dev.archdoc.core.docs.page;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.CodeRef;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a page says, as the linker and checker need it: every element carries its file line.
 *
 * @param file the page, relative to the project root
 * @param format Markdown or AsciiDoc
 * @param firstLine the file line of the source's first line (1 for a page; later for an ADR body)
 * @param source the text as read, kept so the page can be rendered without reading it again
 * @param title from front matter {@code title}, else the first level-1 heading ({@code #} or
 *     {@code = Title}), else the file name without extension
 * @param metadata the front matter (Markdown) or header attributes (AsciiDoc), as YAML/strings
 * @param headings the headings, in order, with their rendered anchor ids
 * @param anchors every id a {@code #fragment} may target: heading ids and explicit anchors
 * @param codeRefs the {@code code:} references of the prose (diagram links are in {@code
 *     diagrams}, see {@link DiagramSource#codeRefs()})
 * @param docLinks links and images that point at files of the project or anchors of this page
 * @param diagrams the PlantUML blocks
 * @param snippets the code regions it includes
 */
public record Page(
    Path file,
    PageFormat format,
    int firstLine,
    String source,
    String title,
    Map<String, Object> metadata,
    List<Heading> headings,
    Set<String> anchors,
    List<CodeRef> codeRefs,
    List<DocLink> docLinks,
    List<DiagramSource> diagrams,
    List<SnippetInclude> snippets) {

  public Page {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    headings = List.copyOf(headings);
    anchors = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(anchors));
    codeRefs = List.copyOf(codeRefs);
    docLinks = List.copyOf(docLinks);
    diagrams = List.copyOf(diagrams);
    snippets = List.copyOf(snippets);
  }
}
