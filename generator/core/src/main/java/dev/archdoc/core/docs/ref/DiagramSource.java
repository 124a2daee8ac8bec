package dev.archdoc.core.docs.ref;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One PlantUML diagram as written in a file: a block of a {@code .puml} file, or the body of a
 * fenced/listing block in a page.
 *
 * <p>{@code firstLine} ties the text to its file, so a syntax error on the text's third line is
 * reported at {@code file:(firstLine + 2)}. The text may lack {@code @startuml}/{@code @enduml}
 * (page blocks usually do); the renderer adds them.
 *
 * @param file the file it is written in, relative to the project root
 * @param firstLine the 1-based file line of the text's first line
 * @param text the PlantUML source
 */
public record DiagramSource(Path file, int firstLine, String text) {

  public DiagramSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be >= 1: " + firstLine);
    }
  }

  /** Whether a file holds diagrams by its name: {@code .puml} or {@code .plantuml}. */
  public static boolean isDiagramFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".puml") || name.endsWith(".plantuml");
  }

  /**
   * The diagrams of a diagram file: one per {@code @startXxx ... @endXxx} block, each with its own
   * first line; a file without {@code @start} lines is one diagram.
   */
  public static List<DiagramSource> blocksOf(Path file, String text) {
    List<String> lines = text.lines().toList();
    List<DiagramSource> blocks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      String trimmed = lines.get(i).trim();
      if (start < 0 && trimmed.startsWith("@start")) {
        start = i;
      } else if (start >= 0 && trimmed.startsWith("@end")) {
        blocks.add(new DiagramSource(file, start + 1, String.join("\n", lines.subList(start, i + 1))));
        start = -1;
      }
    }
    if (start >= 0) {
      // an unterminated block is still a diagram: PlantUML will report what is missing
      blocks.add(new DiagramSource(file, start + 1, String.join("\n", lines.subList(start, lines.size()))));
    }
    if (blocks.isEmpty() && !text.isBlank()) {
      blocks.add(new DiagramSource(file, 1, text));
    }
    return List.copyOf(blocks);
  }

  /** Every {@code [[code:...]]} link in the text, at its file line, for the linker to resolve. */
  public List<CodeRef> codeRefs() {
    return DiagramLinks.extract(this);
  }
}
