package dev.archdoc.core.check;

import dev.archdoc.core.docs.ref.DiagramSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PlantUML diagram claims about code, read from its source text without PlantUML: the
 * elements bound to code with {@code [[code:...]]}, the arrows between elements, and whether the
 * author marked it as a checked dependency diagram with a {@code ' archdoc: check-dependencies}
 * comment line (ADR-10).
 *
 * <p>The reading covers the declaration and arrow forms of class, component and deployment
 * diagrams: {@code class Name [[code:...]]}, {@code component "Label" as alias [[code:...]]},
 * {@code [Label] as alias}; arrows {@code a --> b}, {@code a ..> b}, {@code a <-- b},
 * {@code a --|> b}, {@code a -up-> b}, {@code a -[#red]-> b}, {@code a -- b} (no direction).
 */
@dev.archdoc.annotations.Decision("ADR-10")
record DiagramModel(Optional<Integer> markerLine, List<Element> elements, List<Arrow> arrows) {

  /** The comment that marks a diagram whose arrows must match the code's dependencies. */
  static final String MARKER = "' archdoc: check-dependencies";

  private static final Pattern MARKER_LINE = Pattern.compile("^'\\s*archdoc\\s*:\\s*check-dependencies\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final String NAME = "\"[^\"]+\"|\\[[^\\]]+\\]|[\\p{L}\\p{N}_.$]+";
  private static final Pattern CODE_LINK = Pattern.compile("\\[\\[\\s*code:([^\\s\\]{}]+)");
  private static final Pattern TOKEN = Pattern.compile(NAME);
  private static final Pattern DECORATION = Pattern.compile("<<[^>]*>>|#[\\w#;:.-]*|\\{.*$");
  private static final Pattern ARROW = Pattern.compile(
      "^\\s*(?<a>" + NAME + ")\\s*(?<left><\\|?|\\*|o|\\+|\\^)?(?<body>[-.=]+(?:\\[[^\\]]*\\])?"
          + "(?:(?:left|right|up|down|le|ri|do|l|r|u|d)?[-.=]+)?)(?<right>\\|?>|\\*|o|\\+|\\^)?"
          + "\\s*(?<b>" + NAME + ")");

  /**
   * An element bound to code.
   *
   * @param names what arrows may call it: its name and its alias, unquoted
   * @param target the code reference it is bound to
   * @param line the file line it is declared on
   */
  record Element(List<String> names, String target, int line) {}

  /**
   * An arrow between two named elements.
   *
   * @param text the arrow as written, for messages
   * @param from the element the arrow leaves (the user, for a dependency arrow)
   * @param to the element it points at
   * @param directed false for a line with no arrow head ({@code a -- b}): either way matches
   * @param line the file line it is written on
   */
  record Arrow(String text, String from, String to, boolean directed, int line) {}

  boolean checked() {
    return markerLine.isPresent();
  }

  static DiagramModel read(DiagramSource diagram) {
    Optional<Integer> marker = Optional.empty();
    Map<String, Element> elements = new LinkedHashMap<>();
    List<Arrow> arrows = new ArrayList<>();
    List<String> lines = diagram.text().lines().toList();
    boolean inBlockComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int fileLine = diagram.firstLine() + i;
      if (inBlockComment) {
        inBlockComment = !line.contains("'/");
        continue;
      }
      if (line.startsWith("/'")) {
        inBlockComment = !line.contains("'/");
        continue;
      }
      if (line.startsWith("'")) {
        if (MARKER_LINE.matcher(line).matches()) {
          marker = Optional.of(fileLine);
        }
        continue;
      }
      Matcher arrow = ARROW.matcher(line);
      if (arrow.find() && !line.startsWith("@")) {
        arrows.add(arrowOf(arrow, fileLine));
        continue;
      }
      Matcher link = CODE_LINK.matcher(line);
      if (link.find()) {
        List<String> names = namesDeclared(line.substring(0, link.start()));
        if (!names.isEmpty()) {
          elements.putIfAbsent(names.get(names.size() - 1), new Element(names, link.group(1), fileLine));
        }
      }
    }
    return new DiagramModel(marker, List.copyOf(elements.values()), arrows);
  }

  /**
   * The name and alias a declaration gives, from the text before its link: the token before
   * {@code as} and the one after it, else the last token ({@code class RaftCore}).
   */
  private static List<String> namesDeclared(String head) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(DECORATION.matcher(head).replaceAll(" "));
    while (token.find()) {
      tokens.add(token.group());
    }
    int as = tokens.indexOf("as");
    if (as > 0 && as + 1 < tokens.size()) {
      return List.of(unquoted(tokens.get(as - 1)), unquoted(tokens.get(as + 1)));
    }
    return tokens.isEmpty() ? List.of() : List.of(unquoted(tokens.get(tokens.size() - 1)));
  }

  private static Arrow arrowOf(Matcher arrow, int line) {
    String a = unquoted(arrow.group("a"));
    String b = unquoted(arrow.group("b"));
    String left = arrow.group("left");
    String right = arrow.group("right");
    boolean pointsRight = right != null && right.endsWith(">");
    boolean pointsLeft = left != null && left.startsWith("<");
    // a whole (* or o) uses its parts: "a *-- b" is a -> b; "a --* b" is b -> a
    boolean wholeLeft = left != null && !pointsLeft;
    boolean wholeRight = right != null && !pointsRight;
    String text = arrow.group().strip();
    if (pointsRight && !pointsLeft || wholeLeft && !pointsRight) {
      return new Arrow(text, a, b, true, line);
    }
    if (pointsLeft && !pointsRight || wholeRight && !pointsLeft) {
      return new Arrow(text, b, a, true, line);
    }
    return new Arrow(text, a, b, false, line);
  }

  private static String unquoted(String name) {
    String n = name.strip();
    if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("[") && n.endsWith("]"))) {
      return n.substring(1, n.length() - 1).strip();
    }
    return n;
  }

  /** The element an arrow end names, by name or alias. */
  Optional<Element> element(String name) {
    return elements.stream().filter(e -> e.names().contains(name)).findFirst();
  }
}
