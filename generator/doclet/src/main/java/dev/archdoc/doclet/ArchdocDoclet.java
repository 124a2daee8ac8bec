package dev.archdoc.doclet;

import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.archdoc.doclet.attribution.BodyAttribution;
import dev.archdoc.doclet.attribution.BodyUse;
import dev.archdoc.doclet.extract.ExtractionScope;
import dev.archdoc.doclet.extract.ModelExtractor;
import dev.archdoc.doclet.json.CodeModelJson;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.source.ScannedFile;
import dev.archdoc.doclet.source.SourceScanner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;

/**
 * The doclet, for the {@code javadoc} tool or {@code maven-javadoc-plugin}: it writes the code
 * model as JSON to {@code --archdoc-out FILE} (or {@code archdoc-model.json} in the {@code -d}
 * folder). archdoc itself does not run javadoc ({@link CodeModelReader} reads the code with one
 * javac task, ADR-33); here the same extractor reads javadoc's elements, and the bodies, which
 * javadoc drops, are attributed by a javac task of their own.
 */
public final class ArchdocDoclet implements Doclet {

  /** The output file name inside a {@code -d} folder. */
  public static final String DEFAULT_FILE_NAME = "archdoc-model.json";

  private Reporter reporter;
  private Path out;
  private Path outFolder;
  private Path projectRoot = Path.of("").toAbsolutePath();

  @Override
  public void init(Locale locale, Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public String getName() {
    return "archdoc";
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latest();
  }

  @Override
  public Set<? extends Option> getSupportedOptions() {
    return Set.of(
        new PathOption("--archdoc-out", "<file>", "where to write the code model as JSON", p -> out = p),
        new PathOption("--archdoc-project-root", "<dir>", "file paths in the model are relative to this folder (default: the working folder)", p -> projectRoot = p.toAbsolutePath()),
        new PathOption("-d", "<dir>", "write " + DEFAULT_FILE_NAME + " into this folder, unless --archdoc-out is given", p -> outFolder = p));
  }

  @Override
  public boolean run(DocletEnvironment env) {
    try {
      List<Path> files = sourceFiles(env);
      Map<Path, ScannedFile> scans =
          SourceScanner.scan(files, StandardCharsets.UTF_8, Runtime.getRuntime().availableProcessors());
      Map<Path, List<BodyUse>> bodies = BodyAttribution.run(files, classPath(env), StandardCharsets.UTF_8);
      CodeModel model = ModelExtractor.extract(ExtractionScope.of(env), scans, bodies, projectRoot);
      Path target = out != null ? out : (outFolder != null ? outFolder.resolve(DEFAULT_FILE_NAME) : Path.of(DEFAULT_FILE_NAME));
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        CodeModelJson.write(model, writer);
      }
      reporter.print(Diagnostic.Kind.NOTE, "archdoc: wrote the code model to " + target);
      return true;
    } catch (IOException e) {
      reporter.print(Diagnostic.Kind.ERROR, "archdoc: cannot write the code model: " + e.getMessage());
      return false;
    }
  }

  /** The class path javadoc was given, for compiling the bodies against the same one. */
  private static List<Path> classPath(DocletEnvironment env) {
    List<Path> paths = new ArrayList<>();
    if (env.getJavaFileManager() instanceof StandardJavaFileManager standard) {
      Iterable<? extends Path> entries = standard.getLocationAsPaths(StandardLocation.CLASS_PATH);
      if (entries != null) {
        entries.forEach(paths::add);
      }
    }
    return paths;
  }

  /** Every file javadoc read that declares an included package or type. */
  private static List<Path> sourceFiles(DocletEnvironment env) {
    DocTrees trees = env.getDocTrees();
    Set<Path> files = new LinkedHashSet<>();
    for (Element element : env.getIncludedElements()) {
      TreePath path = trees.getPath(element);
      if (path != null) {
        files.add(Path.of(path.getCompilationUnit().getSourceFile().toUri()).toAbsolutePath().normalize());
      }
    }
    return new ArrayList<>(files);
  }

  /** A doclet option with one path argument. */
  private record PathOption(String name, String parameters, String description, Consumer<Path> into)
      implements Option {

    @Override
    public int getArgumentCount() {
      return 1;
    }

    @Override
    public String getDescription() {
      return description;
    }

    @Override
    public Kind getKind() {
      return Kind.STANDARD;
    }

    @Override
    public List<String> getNames() {
      return List.of(name);
    }

    @Override
    public String getParameters() {
      return parameters;
    }

    @Override
    public boolean process(String option, List<String> arguments) {
      into.accept(Path.of(arguments.get(0)));
      return true;
    }
  }
}
