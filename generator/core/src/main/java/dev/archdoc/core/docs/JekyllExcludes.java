package dev.archdoc.core.docs;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.safety.InputLimits;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The files a Jekyll site leaves out ({@code exclude:} in the docs folder's {@code _config.yml}),
 * matched as Jekyll matches them, so a file the team keeps out of its published docs (JabRef's
 * {@code docs/README.md}, which says how to run the docs locally) is not a page of the site either.
 *
 * <p>Jekyll (its {@code EntryFilter#glob_include?}) leaves out a file or folder whose path, relative
 * to the site's source, matches an entry with Ruby's {@code File.fnmatch?} and no flags ({@code *}
 * and {@code ?} cross {@code /}, {@code [...]} is a class, {@code \} escapes, no {@code {a,b}}),
 * or starts with the entry as text, or is a folder the entry names with a trailing {@code /}; a
 * left-out folder leaves out all it holds; an entry also listed under {@code include:} is not left
 * out; and Jekyll 4 always adds its own defaults ({@code node_modules}, {@code vendor/bundle/}, ...).
 */
public final class JekyllExcludes {

  /** Jekyll 4's {@code Configuration::DEFAULT_EXCLUDES}, added to whatever the site lists. */
  static final List<String> DEFAULTS = List.of(".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock",
      "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/");

  private static final JekyllExcludes NONE = new JekyllExcludes(List.of(), List.of());

  private final List<String> entries;
  private final List<Pattern> globs;
  private final List<Finding> findings;

  private JekyllExcludes(List<String> entries, List<Finding> findings) {
    this.entries = List.copyOf(entries);
    this.globs = entries.stream().map(JekyllExcludes::fnmatch).toList();
    this.findings = List.copyOf(findings);
  }

  /** None: the docs folder is not a Jekyll site. */
  static JekyllExcludes none() {
    return NONE;
  }

  /**
   * What the {@code _config.yml} in {@code docsFolder} (absolute) leaves out; {@code configPath} is
   * that file as findings name it. No {@code _config.yml}: nothing is left out.
   */
  static JekyllExcludes of(Path docsFolder, Path configPath) {
    Path config = docsFolder.resolve("_config.yml");
    if (!Files.isRegularFile(config)) {
      return NONE;
    }
    try {
      Optional<Finding> tooLarge = InputLimits.tooLarge(configPath, Files.size(config));
      if (tooLarge.isPresent()) {
        return new JekyllExcludes(List.of(), List.of(tooLarge.get()));
      }
      return parse(configPath, new String(Files.readAllBytes(config), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new JekyllExcludes(List.of(), List.of(Finding.warning(PageReader.SYNTAX_RULE, configPath, 0,
          "cannot be read (" + e.getClass().getSimpleName() + "); Jekyll's exclude: is not applied")));
    }
  }

  /** Reads {@code exclude:} and {@code include:} from the text of a {@code _config.yml}. */
  static JekyllExcludes parse(Path configPath, String yaml) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(InputLimits.yamlOptions())).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      return new JekyllExcludes(List.of(), List.of(Finding.warning(PageReader.SYNTAX_RULE, configPath, line,
          "Jekyll's _config.yml is not valid YAML (" + firstLine(e.getProblem()) + "), so its exclude: is not applied")));
    } catch (YAMLException e) {
      if (InputLimits.isYamlLimit(e)) {
        return new JekyllExcludes(List.of(), List.of(InputLimits.yamlTooLarge(configPath, 1)));
      }
      return new JekyllExcludes(List.of(), List.of(Finding.warning(PageReader.SYNTAX_RULE, configPath, 0,
          "Jekyll's _config.yml is not valid YAML (" + firstLine(e.getMessage()) + "), so its exclude: is not applied")));
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> exclude = new LinkedHashSet<>();
    Set<String> include = new LinkedHashSet<>();
    if (root instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && (key.getValue().equals("exclude") || key.getValue().equals("include"))) {
          Set<String> into = key.getValue().equals("exclude") ? exclude : include;
          Node value = tuple.getValueNode();
          if (value instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
              if (item instanceof ScalarNode text) {
                into.add(text.getValue());
              } else {
                findings.add(Finding.warning(PageReader.SYNTAX_RULE, configPath, item.getStartMark().getLine() + 1,
                    "an entry of " + key.getValue() + ": is not text; it is ignored"));
              }
            }
          } else if (!(value instanceof ScalarNode empty && empty.getValue().isEmpty())) {
            findings.add(Finding.warning(PageReader.SYNTAX_RULE, configPath, value.getStartMark().getLine() + 1,
                key.getValue() + ": should be a list of paths and patterns; it is ignored"));
          }
        }
      }
    }
    exclude.addAll(DEFAULTS);
    exclude.removeAll(include); // Jekyll: site.exclude - site.include
    exclude.remove("");
    return new JekyllExcludes(new ArrayList<>(exclude), findings);
  }

  /**
   * Whether Jekyll leaves out the file at {@code relative} (to the docs folder, {@code /}
   * separated): it or one of the folders holding it matches an entry.
   */
  boolean excludes(String relative) {
    if (entries.isEmpty()) {
      return false;
    }
    String[] parts = relative.split("/");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        path.append('/');
      }
      path.append(parts[i]);
      if (matches(path.toString(), i < parts.length - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(String entry, boolean folder) {
    for (int i = 0; i < entries.size(); i++) {
      String pattern = entries.get(i);
      if (globs.get(i).matcher(entry).matches() || entry.startsWith(pattern) || folder && pattern.equals(entry + "/")) {
        return true;
      }
    }
    return false;
  }

  /** What reading the {@code _config.yml} found wrong: a warning at its line, never a stop. */
  List<Finding> findings() {
    return findings;
  }

  /** Ruby's {@code File.fnmatch?(pattern, path)} with no flags, as a regular expression. */
  static Pattern fnmatch(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> regex.append("[\\s\\S]*");
        case '?' -> regex.append("[\\s\\S]");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          } else {
            regex.append("\\\\");
          }
        }
        case '[' -> {
          int close = classEnd(glob, i);
          if (close < 0) {
            regex.append("\\[");
          } else {
            regex.append(characterClass(glob.substring(i + 1, close)));
            i = close;
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** Where the class opened at {@code open} closes, or -1 when it does not (then '[' is itself). */
  private static int classEnd(String glob, int open) {
    int i = open + 1;
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      i++;
    }
    if (i < glob.length() && glob.charAt(i) == ']') {
      i++; // a ']' first is a member
    }
    for (; i < glob.length(); i++) {
      if (glob.charAt(i) == '\\') {
        i++;
      } else if (glob.charAt(i) == ']') {
        return i;
      }
    }
    return -1;
  }

  private static String characterClass(String inside) {
    StringBuilder regex = new StringBuilder("[");
    int first = 0;
    if (!inside.isEmpty() && (inside.charAt(0) == '!' || inside.charAt(0) == '^')) {
      regex.append('^');
      first = 1;
    }
    for (int i = first; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\\' && i + 1 < inside.length()) {
        regex.append(classMember(inside.charAt(++i)));
      } else if (c == '-' && i > first && i + 1 < inside.length()) {
        regex.append('-'); // a range, as a-z
      } else {
        regex.append(classMember(c));
      }
    }
    return regex.append(']').toString();
  }

  private static String classMember(char c) {
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end);
  }
}
