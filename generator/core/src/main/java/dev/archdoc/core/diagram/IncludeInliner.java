package dev.archdoc.core.diagram;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.safety.ProjectBounds;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a diagram's local {@code !include}s by the included text, so PlantUML (running in its
 * sandbox, which blocks every file and URL) sees one self-contained source.
 *
 * <p>Doing it here rather than in PlantUML keeps every include inside the project root, makes the
 * cache key cover the included text, and keeps a map from each line of the result back to the
 * file and line it came from, so an error inside an included file is reported there. Handled:
 * {@code !include}, {@code !include_once}, {@code !include_many} (with an optional {@code !N}
 * block index or {@code !id}) and {@code !includesub file!PART}. Stdlib includes ({@code !include
 * <C4/C4_Container>}) are left to PlantUML, which serves them from its jar offline. URL includes,
 * {@code !import}, paths that leave the root, missing files, cycles and nesting deeper than
 * {@value #MAX_DEPTH} are refused as findings, and the line is dropped.
 */
final class IncludeInliner {

  static final int MAX_DEPTH = 16;
  static final String RULE = dev.archdoc.core.finding.DriftRule.BROKEN_LINK.id();

  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*!(include|include_once|include_many|includesub|includeurl|import)\\b\\s*(.*?)\\s*$");
  private static final Pattern START_WITH_ID = Pattern.compile("^\\s*@start\\w*\\s*\\(\\s*id\\s*=\\s*([^)]+)\\)");

  /** A line of the inlined source and where it was written. */
  record Origin(Path file, int line) {}

  /** The self-contained source, line by line, with the origin of every line. */
  record Inlined(List<String> lines, List<Origin> origins, List<Finding> findings) {
    String text() {
      return String.join("\n", lines) + "\n";
    }
  }

  private final ProjectFiles files;
  private final List<String> lines = new ArrayList<>();
  private final List<Origin> origins = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Deque<Path> stack = new ArrayDeque<>();
  private final Set<Path> includedOnce = new HashSet<>();

  private IncludeInliner(ProjectFiles files) {
    this.files = files;
  }

  static Inlined inline(DiagramSource source, ProjectFiles files) {
    IncludeInliner inliner = new IncludeInliner(files);
    List<String> body = source.text().lines().toList();
    boolean hasStart = body.stream().map(String::trim).filter(l -> !l.isEmpty()).findFirst()
        .map(l -> l.startsWith("@start")).orElse(false);
    Origin top = new Origin(source.file(), source.firstLine());
    if (!hasStart) {
      inliner.emit("@startuml", top);
    }
    inliner.stack.push(source.file());
    inliner.expand(body, source.file(), source.firstLine());
    if (!hasStart) {
      inliner.emit("@enduml", new Origin(source.file(), source.firstLine() + Math.max(0, body.size() - 1)));
    }
    return new Inlined(List.copyOf(inliner.lines), List.copyOf(inliner.origins), List.copyOf(inliner.findings));
  }

  private void emit(String line, Origin origin) {
    lines.add(line);
    origins.add(origin);
  }

  private void expand(List<String> body, Path file, int firstLine) {
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      Origin origin = new Origin(file, firstLine + i);
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.matches()) {
        emit(line, origin);
        continue;
      }
      String kind = m.group(1);
      String argument = m.group(2);
      if (argument.startsWith("<") && !kind.equals("includeurl") && !kind.equals("import")) {
        emit(line, origin); // PlantUML's bundled stdlib: offline and allowed by the sandbox
      } else if (kind.equals("includeurl") || argument.contains("://")) {
        refuse(origin, "diagram include of a URL is refused (" + argument
            + "): diagrams render offline; copy the file into the repository and include it by path");
      } else if (kind.equals("import")) {
        refuse(origin, "!import is not supported: include the files by path instead");
      } else {
        includeLocal(kind, argument, origin);
      }
    }
  }

  private void includeLocal(String kind, String argument, Origin origin) {
    String pathPart = argument;
    String selector = null;
    int bang = argument.indexOf('!');
    if (bang > 0) {
      pathPart = argument.substring(0, bang);
      selector = argument.substring(bang + 1).trim();
    }
    pathPart = unquote(pathPart.trim());
    Optional<Path> target = ProjectFiles.resolve(origin.file(), pathPart);
    if (target.isEmpty()) {
      refuse(origin, "diagram include '" + pathPart + "' is refused: it leaves the project root");
      return;
    }
    Path included = target.get();
    Optional<String> refused = files.refusal(included);
    if (refused.isPresent()) {
      findings.add(Finding.error(ProjectBounds.RULE, origin.file(), origin.line(),
          "diagram include '" + pathPart + "' is refused: it " + refused.get()));
      return;
    }
    if (stack.contains(included)) {
      refuse(origin, "diagram include cycle: " + included + " includes itself");
      return;
    }
    if (stack.size() > MAX_DEPTH) {
      refuse(origin, "diagram includes nest deeper than " + MAX_DEPTH + " levels at " + included);
      return;
    }
    if (kind.equals("include_once") && !includedOnce.add(included)) {
      return;
    }
    includedOnce.add(included);
    Optional<String> text = files.read(included);
    if (text.isEmpty()) {
      refuse(origin, "diagram include '" + pathPart + "' not found (" + included + ")");
      return;
    }
    List<String> all = text.get().lines().toList();
    Optional<Part> part = kind.equals("includesub")
        ? subPart(all, selector)
        : diagramPart(all, selector);
    if (part.isEmpty()) {
      refuse(origin, "diagram include '" + argument + "': no part '" + selector + "' in " + included);
      return;
    }
    stack.push(included);
    expand(part.get().lines(), included, part.get().firstLine());
    stack.pop();
  }

  private record Part(List<String> lines, int firstLine) {}

  /** PlantUML's rule: a file with {@code @start} blocks contributes one block's inside. */
  private static Optional<Part> diagramPart(List<String> all, String selector) {
    List<Part> blocks = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < all.size(); i++) {
      String trimmed = all.get(i).trim();
      if (start < 0 && trimmed.startsWith("@start")) {
        start = i;
        Matcher id = START_WITH_ID.matcher(all.get(i));
        ids.add(id.find() ? id.group(1).trim() : null);
      } else if (start >= 0 && trimmed.startsWith("@end")) {
        blocks.add(new Part(all.subList(start + 1, i), start + 2));
        start = -1;
      }
    }
    if (blocks.isEmpty()) {
      return selector == null ? Optional.of(new Part(all, 1)) : Optional.empty();
    }
    if (selector == null || selector.isEmpty()) {
      return Optional.of(blocks.get(0));
    }
    if (selector.chars().allMatch(Character::isDigit)) {
      int index = Integer.parseInt(selector);
      return index < blocks.size() ? Optional.of(blocks.get(index)) : Optional.empty();
    }
    int byId = ids.indexOf(selector);
    return byId >= 0 ? Optional.of(blocks.get(byId)) : Optional.empty();
  }

  /** The lines between {@code !startsub NAME} and {@code !endsub}, possibly several ranges. */
  private static Optional<Part> subPart(List<String> all, String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    int first = -1;
    boolean inside = false;
    for (int i = 0; i < all.size(); i++) {
      String trimmed = all.get(i).trim();
      if (trimmed.equals("!startsub " + name)) {
        inside = true;
        if (first < 0) {
          first = i + 2;
        }
      } else if (inside && trimmed.equals("!endsub")) {
        inside = false;
      } else if (inside) {
        lines.add(all.get(i));
      }
    }
    // several ranges are joined; their lines are then mapped from the first range on, a small
    // inaccuracy PlantUML's own includesub has as well
    return first < 0 ? Optional.empty() : Optional.of(new Part(lines, first));
  }

  private static String unquote(String path) {
    if (path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")) {
      return path.substring(1, path.length() - 1);
    }
    return path;
  }

  private void refuse(Origin origin, String message) {
    findings.add(Finding.error(RULE, origin.file(), origin.line(), message));
  }
}
