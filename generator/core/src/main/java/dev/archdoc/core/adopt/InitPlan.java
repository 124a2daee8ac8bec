package dev.archdoc.core.adopt;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrDiscovery;
import dev.archdoc.core.docs.adr.AdrFormat;
import dev.archdoc.core.docs.adr.Decisions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code archdoc init} finds in a project and the {@code archdoc.yml} it proposes. The
 * discovery is the one every command applies without a configuration ({@link ConfigReader#read}):
 * the file written says explicitly what archdoc would read anyway, plus a commented suggestion of
 * layers from the top-level packages, so the first {@code check} after {@code init} reads exactly
 * what it read before.
 */
@Decision("ADR-32")
public final class InitPlan {

  /** A Markdown or AsciiDoc link out of the decisions folder: {@code ](../}, {@code link:../}, {@code xref:../}. */
  private static final java.util.regex.Pattern LINK_UP =
      java.util.regex.Pattern.compile("\\]\\(\\.\\./|(?:link|xref):\\.\\./|<<\\.\\./");

  /** How deep below a source root packages are looked for. */
  private static final int PACKAGE_DEPTH = 12;

  /** Words of package names, outermost first, to order the suggested layers. */
  private static final List<String> OUTER_TO_INNER = List.of(
      "app", "application", "main", "launcher", "lifecycle", "cli", "gui", "ui", "web", "rest", "http", "api", "boundary",
      "controller", "adapter", "adapters", "infrastructure", "plugin", "maven", "service", "services",
      "worker", "logic", "core", "usecase", "domain", "model", "data", "spi", "annotations", "util", "utils",
      "common", "shared");

  private InitPlan() {}

  /** The build that holds the project: decides which snippet {@code init} prints. */
  public enum Build {
    MAVEN,
    GRADLE,
    NONE
  }

  /**
   * What was found.
   *
   * @param title the project's title (its folder's name)
   * @param build Maven, Gradle or neither, at the project root
   * @param system the single system archdoc reads without a configuration
   * @param adrs the ADRs found in its decisions folders
   * @param formats how many ADRs are written in each format
   * @param firstAdrFolder where the first ADR goes when there is none: the first decisions folder
   * @param packagesRoot the package every source package lies in ({@code org.jabref}), or empty
   * @param topPackages the packages right below it, in the suggested layer order
   * @param configText the {@code archdoc.yml} to write
   * @param unreadAdrFolders folders named like ADR folders ({@code adr}, {@code decisions},
   *     {@code decision-records}, ...) that hold Markdown or AsciiDoc but that the discovery did not
   *     read: a layout archdoc does not know, so no first ADR may start a second log beside them
   */
  public record Found(String title, Build build, SystemConfig system, List<Adr> adrs, Map<AdrFormat, Integer> formats,
      Path firstAdrFolder, String packagesRoot, List<String> topPackages, String configText,
      List<Path> unreadAdrFolders) {

    public Found {
      adrs = List.copyOf(adrs);
      formats = Map.copyOf(formats);
      topPackages = List.copyOf(topPackages);
      unreadAdrFolders = List.copyOf(unreadAdrFolders);
    }

    /** {@code 12 ADRs in MADR_FRONT_MATTER form}, or {@code no ADR}. */
    public String adrSummary() {
      if (adrs.isEmpty()) {
        return "no ADR";
      }
      List<String> parts = new ArrayList<>();
      formats.entrySet().stream().sorted(Map.Entry.<AdrFormat, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> parts.add(e.getValue() + " " + formatName(e.getKey())));
      return adrs.size() + " ADR" + (adrs.size() == 1 ? "" : "s") + " (" + String.join(", ", parts) + ")";
    }

    /** Whether the ADRs found are written in AsciiDoc (most of them). */
    public boolean asciiDoc() {
      int adoc = formats.getOrDefault(AdrFormat.ASCIIDOC, 0);
      return adoc > 0 && adoc * 2 >= adrs.size();
    }
  }

  /** What is in the project at {@code root}; empty, with the problems, when its files cannot be read. */
  public static Result find(Path root) {
    Path project = root.toAbsolutePath().normalize();
    ConfigResult read = ConfigReader.read(project);
    if (!read.ok()) {
      return new Result(Optional.empty(), read.problems().stream().map(ConfigProblem::toString).toList());
    }
    SystemConfig system = read.config().orElseThrow().systems().get(0);
    List<Path> existingDecisions = system.decisions().stream()
        .filter(folder -> Files.isDirectory(project.resolve(folder))).toList();
    SystemConfig existing = new SystemConfig(system.name(), system.title(), system.docs(), system.sources(),
        system.classpath(), existingDecisions, system.layers(), system.layerExceptions(), system.excludedDocs());
    Decisions decisions = AdrDiscovery.load(project, existing);
    Map<AdrFormat, Integer> formats = new EnumMap<>(AdrFormat.class);
    decisions.adrs().forEach(adr -> formats.merge(adr.format(), 1, Integer::sum));
    Path firstFolder = system.newDecisionsFolder();
    TreeSet<String> packages = packages(project, system.sources());
    String packagesRoot = commonPrefix(packages);
    List<String> top = topPackages(packages, packagesRoot);
    Build build = Files.isRegularFile(project.resolve("pom.xml")) ? Build.MAVEN
        : Stream.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")
            .anyMatch(name -> Files.isRegularFile(project.resolve(name))) ? Build.GRADLE : Build.NONE;
    String title = project.getFileName() == null ? "project" : project.getFileName().toString();
    Path docs = system.docs();
    if (!Files.isDirectory(project.resolve(docs)) && !existingDecisions.isEmpty()
        && existingDecisions.get(0).getParent() != null
        && decisions.adrs().stream().anyMatch(adr -> LINK_UP.matcher(adr.body()).find())) {
      // no arch-docs, but ADRs in doc/adr or docs/decisions that link the pages around them (JabRef):
      // those pages are the team's docs. Without such a link the folder around may hold anything
      // (adr-j's doc/ holds Mustache templates), and reading it as pages would report false drift.
      docs = existingDecisions.get(0).getParent();
    }
    boolean docsExist = Files.isDirectory(project.resolve(docs));
    String text = configText(title, build, docs, docsExist, system.sources(),
        existingDecisions.isEmpty() ? List.of(firstFolder) : existingDecisions, decisions.adrs(), formats,
        packagesRoot, top);
    List<Path> unread = adrLikeFolders(project).stream()
        .filter(folder -> existingDecisions.stream().noneMatch(known -> folder.startsWith(known) || known.startsWith(folder)))
        .toList();
    return new Result(Optional.of(new Found(title, build, existing, decisions.adrs(), formats, firstFolder,
        packagesRoot, top, text, unread)), List.of());
  }

  /** The findings, or why there are none. */
  public record Result(Optional<Found> found, List<String> problems) {

    public Result {
      problems = List.copyOf(problems);
    }
  }

  static String configText(String title, Build build, Path docs, boolean docsExist, List<Path> sources,
      List<Path> decisions, List<Adr> adrs, Map<AdrFormat, Integer> formats, String packagesRoot, List<String> top) {
    StringBuilder out = new StringBuilder();
    out.append("# archdoc's configuration, written by 'archdoc init' from what it found in this project.\n")
        .append("# Every key is described in archdoc's archdoc.yml reference (arch-docs/configuration.md).\n");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", title);
    out.append(yaml(values));
    values.clear();
    values.put("docs", slashes(docs));
    if (docsExist || decisions.stream().anyMatch(folder -> folder.startsWith(docs))) {
      out.append("# the folder of ADRs, pages, diagrams and tours\n").append(yaml(values));
    } else {
      out.append("# the folder of pages, diagrams and tours: create it, then uncomment\n# ")
          .append(yaml(values));
    }
    values.clear();
    out.append(sources.isEmpty()
        ? "# no src/main/java found: name the Java source roots here\n"
        : "# the Java source roots: src/main/java of the project and of its "
            + (build == Build.GRADLE ? "Gradle" : "Maven") + " modules\n");
    values.put("sources", sources.stream().map(InitPlan::slashes).toList());
    out.append(yaml(values));
    values.clear();
    out.append(adrs.isEmpty() ? "# where ADRs live (none yet)\n"
        : "# where ADRs live: " + adrs.size() + " found (" + String.join(", ", formats.entrySet().stream()
            .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue() + " " + formatName(e.getKey())).toList()) + ")\n");
    values.put("decisions", decisions.stream().map(InitPlan::slashes).toList());
    out.append(yaml(values));
    if (build == Build.GRADLE) {
      out.append("# The command line checks uses of library types only with their jars: write the compile\n")
          .append("# class path to a file from Gradle (see archdoc's README) and name it here.\n")
          .append("# classpath: ['@build/archdoc.classpath']\n");
    }
    if (top.size() >= 2) {
      out.append("# Layers, a suggestion from the packages right below ").append(packagesRoot)
          .append(": put them in order,\n")
          .append("# outermost first (a layer may use itself and the layers after it), remove what is not\n")
          .append("# a layer, uncomment, and run 'archdoc check'. A layer violation you know of and keep\n")
          .append("# for now: 'archdoc baseline' records it, so only new ones fail.\n")
          .append("# layers:\n");
      for (String name : top) {
        String layer = name.substring(name.lastIndexOf('.') + 1);
        out.append("#   - name: ").append(layer.toLowerCase(Locale.ROOT)).append('\n')
            .append("#     packages: [").append(name).append("..]\n");
      }
    }
    return out.toString();
  }

  private static String yaml(Map<String, Object> values) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(Integer.MAX_VALUE);
    return new Yaml(options).dump(values);
  }

  private static String formatName(AdrFormat format) {
    return switch (format) {
      case NYGARD -> "Nygard/adr-tools";
      case MADR_2 -> "MADR 2";
      case MADR_FRONT_MATTER -> "MADR 3/4";
      case LOG4BRAINS -> "log4brains";
      case ASCIIDOC -> "AsciiDoc";
      case PLAIN_MARKDOWN -> "plain Markdown";
    };
  }

  private static final java.util.regex.Pattern ADR_FOLDER_NAME = java.util.regex.Pattern.compile(
      "(?i)adrs?|decisions?|decision[-_]?records?|architecture[-_]?decisions?|decision[-_]?log");

  /** How deep below the project root folders named like ADR folders are looked for. */
  private static final int ADR_FOLDER_DEPTH = 5;

  /**
   * Folders named like ADR folders that hold a Markdown or AsciiDoc file (at any depth below), the
   * outermost of each, sorted; hidden folders, build output and {@code node_modules} are not searched.
   */
  static List<Path> adrLikeFolders(Path root) {
    TreeSet<Path> found = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root, ADR_FOLDER_DEPTH)) {
      walk.filter(Files::isDirectory)
          .map(root::relativize)
          .filter(relative -> relative.getNameCount() > 0 && !relative.toString().isEmpty())
          .filter(relative -> ADR_FOLDER_NAME.matcher(relative.getFileName().toString()).matches())
          .filter(relative -> java.util.stream.StreamSupport.stream(relative.spliterator(), false)
              .map(Path::toString).noneMatch(part -> part.startsWith(".") || part.equals("target")
                  || part.equals("build") || part.equals("node_modules")))
          .filter(relative -> holdsDocs(root.resolve(relative)))
          .forEach(found::add);
    } catch (IOException | UncheckedIOException e) {
      // an unlistable folder is as good as none: init only warns from what it could see
    }
    List<Path> outermost = new ArrayList<>();
    for (Path folder : found) {
      if (outermost.stream().noneMatch(folder::startsWith)) {
        outermost.add(folder);
      }
    }
    return outermost;
  }

  private static boolean holdsDocs(Path folder) {
    try (Stream<Path> files = Files.walk(folder, 3)) {
      return files.anyMatch(file -> {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".adoc")) && Files.isRegularFile(file);
      });
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The packages that hold a {@code .java} file under the source roots (folders named as Java packages). */
  static TreeSet<String> packages(Path root, List<Path> sources) {
    TreeSet<String> packages = new TreeSet<>();
    for (Path source : sources) {
      Path folder = root.resolve(source).normalize();
      if (!folder.startsWith(root) || !Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder, PACKAGE_DEPTH)) {
        files.filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
            .map(file -> folder.relativize(file).getParent())
            .filter(java.util.Objects::nonNull)
            .map(dir -> slashes(dir).replace('/', '.'))
            .filter(InitPlan::isPackageName)
            .forEach(packages::add);
      } catch (IOException | UncheckedIOException e) {
        // a folder that cannot be listed suggests no layer; the sources are still configured
      }
    }
    return packages;
  }

  private static boolean isPackageName(String name) {
    return SourceVersion.isName(name);
  }

  /** The longest package every package is in or under: {@code org.jabref} for org.jabref.gui, org.jabref.logic. */
  static String commonPrefix(TreeSet<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String[] first = packages.first().split("\\.");
    int common = first.length;
    for (String name : packages) {
      String[] parts = name.split("\\.");
      int i = 0;
      while (i < Math.min(common, parts.length) && parts[i].equals(first[i])) {
        i++;
      }
      common = i;
    }
    // when a package is the prefix itself (org.jabref holding classes), its children are still the layers
    return String.join(".", List.of(first).subList(0, common));
  }

  /** The packages right below {@code prefix}, in the order of {@link #OUTER_TO_INNER}, then by name. */
  static List<String> topPackages(TreeSet<String> packages, String prefix) {
    TreeSet<String> top = new TreeSet<>();
    for (String name : packages) {
      if (prefix.isEmpty() ? !name.isEmpty() : name.startsWith(prefix + ".")) {
        String rest = prefix.isEmpty() ? name : name.substring(prefix.length() + 1);
        top.add((prefix.isEmpty() ? "" : prefix + ".") + rest.split("\\.")[0]);
      }
    }
    return top.stream().sorted(Comparator.comparingInt(InitPlan::rank).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int rank(String packageName) {
    String last = packageName.substring(packageName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    int index = OUTER_TO_INNER.indexOf(last);
    return index < 0 ? OUTER_TO_INNER.indexOf("service") : index;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
