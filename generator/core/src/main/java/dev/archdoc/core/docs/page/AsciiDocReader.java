package dev.archdoc.core.docs.page;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.CodeRef;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AsciiDoc page lexically, line by line: the document title and header attributes,
 * section titles (with their explicit or generated ids), {@code code:} macros, {@code xref:},
 * {@code <<...>>}, {@code link:} and {@code image:} targets, inline anchors, {@code include::}
 * directives and {@code [plantuml]} blocks. Content of listing, literal, passthrough and comment
 * blocks is not prose and is skipped, except that includes work inside listings, as in
 * Asciidoctor.
 */
@Decision(value = "ADR-5", note = "pages are read line by line; AsciidoctorJ only renders")
public final class AsciiDocReader {

  private static final Pattern SECTION = Pattern.compile("^(={1,6}|#{1,6})\\s+(\\S.*?)(?:\\s+\\1)?\\s*$");
  private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|\\+{4,})\\s*$");
  private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?\\w[\\w-]*!?):(?:\\s+(.*))?$");
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(.*)]\\s*$");
  private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([\\p{L}_:][\\w:.\\-]*)(?:,[^\\]]*)?]]\\s*$");
  private static final Pattern STYLE_ID = Pattern.compile("^[\\w-]*#([\\p{L}_:][\\w:\\-]*)");
  private static final Pattern INLINE_ANCHOR =
      Pattern.compile("\\[\\[([\\p{L}_:][\\w:.\\-]*)(?:,[^\\]]*)?]]|\\banchor:([\\p{L}_:][\\w:.\\-]*)\\[");
  private static final Pattern INCLUDE = Pattern.compile("^include::(\\S.*?)\\[(.*)]\\s*$");
  private static final Pattern CODE_MACRO =
      Pattern.compile("(?<![\\w\\\\])code:([^\\s\\[]+)\\[((?:\"[^\"]*\"|[^\\]])*)]");
  private static final Pattern XREF_MACRO = Pattern.compile("(?<![\\w\\\\])xref:([^\\s\\[]+)\\[");
  private static final Pattern XREF_SHORT = Pattern.compile("<<([^>,\\s]+)(?:,[^>]*)?>>");
  private static final Pattern LINK_MACRO = Pattern.compile("(?<![\\w\\\\])(?:link|image::?):([^\\s\\[]+)\\[");

  private final Path file;
  private final int firstLine;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Object> attributes = new LinkedHashMap<>();
  private final List<Heading> headings = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  private final Set<String> takenIds = new HashSet<>();
  private final List<CodeRef> codeRefs = new ArrayList<>();
  private final List<DocLink> docLinks = new ArrayList<>();
  private final List<DiagramSource> diagrams = new ArrayList<>();
  private final List<SnippetInclude> snippets = new ArrayList<>();
  private String title;

  private AsciiDocReader(Path file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  static PageRead read(Path file, String text, int firstLine) {
    return new AsciiDocReader(file, firstLine).readPage(text);
  }

  private PageRead readPage(String text) {
    List<String> lines = text.lines().toList();
    String openDelimiter = null;
    boolean diagramBlock = false;
    int diagramStart = 0;
    List<String> diagramLines = new ArrayList<>();
    boolean blockStart = true;
    boolean contentSeen = false;
    String pendingId = null;
    boolean pendingDiagram = false;

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = firstLine + i;

      if (openDelimiter != null) {
        if (line.strip().equals(openDelimiter)) {
          if (diagramBlock) {
            diagrams.add(new DiagramSource(file, diagramStart, String.join("\n", diagramLines)));
          }
          openDelimiter = null;
          diagramBlock = false;
          blockStart = true;
        } else {
          if (!openDelimiter.startsWith("/")) {
            include(line, lineNo);
          }
          if (diagramBlock) {
            diagramLines.add(line);
          }
        }
        continue;
      }

      Matcher delimiter = DELIMITER.matcher(line);
      if (delimiter.matches()) {
        openDelimiter = delimiter.group(1);
        diagramBlock = pendingDiagram && (openDelimiter.startsWith("-") || openDelimiter.startsWith("."));
        diagramStart = lineNo + 1;
        diagramLines = new ArrayList<>();
        pendingDiagram = false;
        pendingId = null;
        contentSeen = true;
        continue;
      }
      if (line.isBlank()) {
        blockStart = true;
        continue;
      }
      if (line.startsWith("//")) {
        continue;
      }
      if (include(line, lineNo)) {
        continue;
      }
      Matcher attribute = ATTRIBUTE_ENTRY.matcher(line);
      if (blockStart && attribute.matches()) {
        attributes.put(attribute.group(1), attribute.group(2) == null ? "" : attribute.group(2).strip());
        continue;
      }
      Matcher anchor = BLOCK_ANCHOR.matcher(line);
      if (blockStart && anchor.matches()) {
        pendingId = anchor.group(1);
        anchors.add(pendingId);
        takenIds.add(pendingId);
        continue;
      }
      Matcher blockAttributes = BLOCK_ATTRIBUTES.matcher(line);
      if (blockStart && blockAttributes.matches()) {
        String list = blockAttributes.group(1);
        String style = list.split(",", 2)[0].strip();
        pendingDiagram = style.equals("plantuml");
        Matcher id = STYLE_ID.matcher(style);
        if (id.find()) {
          pendingId = id.group(1);
          anchors.add(pendingId);
          takenIds.add(pendingId);
        }
        continue;
      }
      Matcher section = SECTION.matcher(line);
      if (blockStart && section.matches()) {
        section(section.group(1).length(), section.group(2), pendingId, lineNo, contentSeen);
        pendingId = null;
        pendingDiagram = false;
        contentSeen = true;
        continue;
      }
      contentSeen = true;
      blockStart = false;
      pendingDiagram = false;
      pendingId = null;
      inline(line, lineNo);
    }
    if (openDelimiter != null && diagramBlock) {
      diagrams.add(new DiagramSource(file, diagramStart, String.join("\n", diagramLines)));
    }
    String pageTitle = title != null ? title : PageReader.fileTitle(file);
    Page page = new Page(file, PageFormat.ASCIIDOC, firstLine, text, pageTitle, attributes, headings,
        anchors, codeRefs, docLinks, diagrams, snippets);
    return new PageRead(page, findings);
  }

  private void section(int marks, String text, String explicitId, int lineNo, boolean contentSeen) {
    if (marks == 1 && title == null && !contentSeen) {
      title = text;
      headings.add(new Heading(1, text, null, lineNo));
      return;
    }
    String id = explicitId != null ? explicitId
        : AsciiDocIds.generate(text, string("idprefix"), string("idseparator"), takenIds);
    anchors.add(id);
    headings.add(new Heading(marks, text, id, lineNo));
    inline(text, lineNo);
  }

  private String string(String attribute) {
    Object value = attributes.get(attribute);
    return value == null ? null : value.toString();
  }

  /** An include directive, if the line is one; it becomes a snippet include. */
  private boolean include(String line, int lineNo) {
    Matcher m = INCLUDE.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String target = m.group(1).replace("{projectdir}/", "/");
    Optional<Path> source = ProjectFiles.resolve(file, target);
    if (source.isEmpty()) {
      findings.add(Finding.error(Snippets.RULE, file, lineNo,
          "include '" + m.group(1) + "' is refused: it leaves the project root"));
    } else {
      snippets.add(new SnippetInclude(file, lineNo, m.group(1), source.get(), tagsOf(m.group(2))));
    }
    return true;
  }

  /** {@code tag=a} or {@code tags=a;b} from an include's attribute list. */
  public static List<String> tagsOf(String attributeList) {
    for (String attribute : attributeList.split(",")) {
      String[] pair = attribute.split("=", 2);
      if (pair.length == 2 && (pair[0].strip().equals("tag") || pair[0].strip().equals("tags"))) {
        String value = pair[1].strip().replace("\"", "");
        return Arrays.stream(value.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
      }
    }
    return List.of();
  }

  private void inline(String line, int lineNo) {
    Matcher code = CODE_MACRO.matcher(line);
    while (code.find()) {
      String text = linkText(code.group(2));
      codeRefs.add(new CodeRef(code.group(1), text.isEmpty() ? code.group(1) : text, file, lineNo));
    }
    Matcher anchor = INLINE_ANCHOR.matcher(line);
    while (anchor.find()) {
      anchors.add(anchor.group(1) != null ? anchor.group(1) : anchor.group(2));
    }
    Matcher xref = XREF_MACRO.matcher(line);
    while (xref.find()) {
      crossReference(xref.group(1), lineNo, true);
    }
    Matcher shortXref = XREF_SHORT.matcher(line);
    while (shortXref.find()) {
      crossReference(shortXref.group(1), lineNo, false);
    }
    Matcher link = LINK_MACRO.matcher(line);
    while (link.find()) {
      String target = link.group(1);
      if (LinkTargets.isLocal(target)) {
        addLink(target, lineNo);
      }
    }
  }

  /**
   * Asciidoctor's reading of an xref target: {@code file.adoc#id}, {@code file.adoc} or {@code id};
   * the {@code xref:} macro also reads a name with an extension ({@code diagrams/roles.puml}) as a
   * file, where {@code <<...>>} reads it as an id.
   */
  private void crossReference(String target, int lineNo, boolean macro) {
    if (!LinkTargets.isLocal(target)) {
      return;
    }
    if (target.contains("#") || LinkTargets.isPage(target) || macro && hasExtension(target)) {
      addLink(target, lineNo);
    } else {
      addLink("#" + target, lineNo);
    }
  }

  /** Asciidoctor's test: a dot in the last segment of the path. */
  private static boolean hasExtension(String target) {
    int dot = target.lastIndexOf('.');
    return dot >= 0 && target.indexOf('/', dot) < 0;
  }

  private void addLink(String target, int lineNo) {
    Optional<DocLink> link = LinkTargets.docLink(file, lineNo, target);
    if (link.isPresent()) {
      docLinks.add(link.get());
    } else {
      findings.add(Finding.error(dev.archdoc.core.finding.DriftRule.BROKEN_LINK.id(), file, lineNo,
          "link '" + target + "' leaves the project root; the site cannot follow it"));
    }
  }

  /** The first positional attribute: quoted text whole, otherwise up to the first comma. */
  private static String linkText(String attributeList) {
    String trimmed = attributeList.strip();
    if (trimmed.startsWith("\"")) {
      int close = trimmed.indexOf('"', 1);
      return close > 0 ? trimmed.substring(1, close) : trimmed.substring(1);
    }
    int comma = trimmed.indexOf(',');
    return (comma < 0 ? trimmed : trimmed.substring(0, comma)).strip();
  }
}
