package dev.archdoc.doclet;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import dev.archdoc.annotations.Decision;
import dev.archdoc.doclet.attribution.BodyAttribution;
import dev.archdoc.doclet.extract.ExtractionScope;
import dev.archdoc.doclet.extract.ModelExtractor;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.SourceFile;
import dev.archdoc.doclet.source.ScannedFile;
import dev.archdoc.doclet.source.SourceScanner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads some files again against the last model (serve, after a save): the changed files are
 * parsed, entered and attributed; every other file is on the source path, where javac reads only
 * the signatures it needs; the changed files' types, members, dependencies, prose and problems
 * replace theirs in the model, the rest is kept.
 *
 * <p>What it cannot see: what a change does to the <em>other</em> files. A method renamed here
 * leaves a call to it elsewhere looking fine (and its dependency in the model) until those files
 * are read again; a type deleted here keeps the other files' dependencies on it. {@code check}
 * reads everything cold and is the gate; serve is a preview and says which files it re-read.
 *
 * <p>Attributing only the changed files needs javac's {@code JavacTaskImpl.analyze(classes)}
 * (the public {@code analyze()} would attribute every file it read for a signature, and the
 * files those read, ...), so it needs {@code --add-exports jdk.compiler/com.sun.tools.javac.api}
 * (archdoc's jar declares it); without it there is no re-read and the caller reads cold.
 */
@Decision(value = "ADR-33", note = "serve re-reads only the changed files; check reads cold")
final class Reread {

  private static final Set<Problem.Kind> FINDER_KINDS =
      EnumSet.of(
          Problem.Kind.NO_SOURCE_FILES, Problem.Kind.SOURCE_ROOT_UNUSABLE, Problem.Kind.MODULE_INFO_SKIPPED,
          Problem.Kind.SOURCE_OVER_LIMIT, Problem.Kind.SOURCE_OUTSIDE_PROJECT);

  private Reread() {}

  /** True when this JVM lets archdoc attribute only some of a task's files. */
  static boolean available() {
    return JavacTask.class.getModule().isExported("com.sun.tools.javac.api", Reread.class.getModule());
  }

  /**
   * The previous result with the changed files read again, or empty when only a cold read will
   * do (javac failed, the sources turned out newer than the release, the last read was not whole).
   */
  static Optional<CodeModelReader.Result> reread(
      Path root, List<Path> sourceRoots, List<Path> classpath, int release, CodeModelReader.Result previous,
      Set<Path> changed) {
    if (!available() || previous.newerJava().isPresent()
        || previous.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.FILE_LEFT_OUT || p.kind() == Problem.Kind.NO_MODEL)) {
      return Optional.empty();
    }
    Set<Path> touched = new LinkedHashSet<>();
    changed.forEach(p -> touched.add(p.toAbsolutePath().normalize()));
    // only the touched files are read for the size and nesting limits: the others' outcome stands
    List<Problem> finder = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>(SourceFinder.find(root, sourceRoots, finder, touched::contains));
    if (files.isEmpty()) {
      return Optional.empty();
    }
    // the changed files that are still sources, and the package-info.java beside each
    Set<Path> inputs = new LinkedHashSet<>();
    for (Path path : touched) {
      if (files.contains(path)) {
        inputs.add(path);
        Path info = path.resolveSibling("package-info.java");
        if (files.contains(info)) {
          inputs.add(info);
        }
      }
    }
    Set<String> shown = new HashSet<>();
    touched.forEach(p -> shown.add(SourceFinder.shown(root, p)));
    inputs.forEach(p -> shown.add(SourceFinder.shown(root, p)));
    CodeModel before = previous.model();
    Set<String> otherTypes =
        before.types().stream().filter(t -> !shown.contains(t.span().file())).map(CodeType::qualifiedName)
            .collect(Collectors.toSet());

    List<Problem> problems = new ArrayList<>(finder);
    for (Problem p : previous.problems()) {
      boolean stands = !FINDER_KINDS.contains(p.kind()) || p.kind() == Problem.Kind.SOURCE_OVER_LIMIT;
      if (stands && !shown.contains(p.file())) {
        problems.add(p);
      }
    }
    CodeModel part = CodeModel.empty();
    if (!inputs.isEmpty()) {
      DiagnosticProblems diagnostics = new DiagnosticProblems(root);
      // the other files of each changed file's package are parsed and entered, not read into the
      // model: a class that is not public and declared in another file of the package (javac
      // cannot find it on the source path by its name) resolves as in a cold read
      // (never one the last read left out: over a limit, outside the project, a module-info.java)
      Set<String> leftOut = previous.problems().stream().filter(p -> FINDER_KINDS.contains(p.kind()))
          .map(Problem::file).collect(Collectors.toSet());
      Set<Path> siblings = new LinkedHashSet<>();
      for (Path path : inputs) {
        for (Path file : files) {
          if (!inputs.contains(file) && file.getParent() != null && file.getParent().equals(path.getParent())
              && !file.getFileName().toString().equals("module-info.java")
              && !leftOut.contains(SourceFinder.shown(root, file))) {
            siblings.add(file);
          }
        }
      }
      Optional<CodeModel> read =
          read(root, sourceRoots, classpath, release, List.copyOf(inputs), List.copyOf(siblings), otherTypes, diagnostics);
      if (read.isEmpty() || diagnostics.newerJava().isPresent()) {
        return Optional.empty();
      }
      part = read.get();
      for (Problem p : diagnostics.problems()) {
        if (shown.contains(p.file())) { // a file javac read for its signatures is not re-read: its problems stand
          problems.add(p);
        }
      }
    }
    return Optional.of(new CodeModelReader.Result(merge(before, part, shown, inputs, root), problems));
  }

  private static Optional<CodeModel> read(
      Path root, List<Path> sourceRoots, List<Path> classpath, int release, List<Path> inputs, List<Path> siblings,
      Set<String> otherTypes, DiagnosticProblems diagnostics) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Map<Path, ScannedFile> scans = SourceScanner.scan(inputs, StandardCharsets.UTF_8, 1);
    JavacRun.Gate gate = new JavacRun.Gate(diagnostics);
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(gate, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(JavacRun.options(release, classpath));
      options.add("-sourcepath");
      options.add(sourceRoots.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      JavacTask task =
          (JavacTask)
              compiler.getTask(Writer.nullWriter(), fileManager, gate, options, null,
                  fileManager.getJavaFileObjectsFromPaths(concat(inputs, siblings)));
      task.setLocale(Locale.ROOT);
      DocTrees trees = DocTrees.instance(task);
      List<CompilationUnitTree> units = new ArrayList<>();
      JavacRun.AtAttribution read = new JavacRun.AtAttribution(gate, () -> extract(trees, task, units, scans, root, otherTypes));
      ModelExtractor.Declarations declared;
      try {
        Set<Path> own = new HashSet<>();
        inputs.forEach(p -> own.add(p.toAbsolutePath().normalize()));
        for (CompilationUnitTree unit : task.parse()) {
          if (own.contains(Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize())) {
            units.add(unit); // a sibling is entered for its names only
          }
        }
        if (diagnostics.newerJava().isPresent()) {
          return Optional.empty();
        }
        List<Element> classes = new ArrayList<>();
        task.addTaskListener(read);
        Method analyze = task.getClass().getMethod("analyze", Iterable.class);
        Method enter = task.getClass().getMethod("enter");
        enter.invoke(task);
        for (CompilationUnitTree unit : units) {
          for (Tree declaration : unit.getTypeDecls()) {
            if (trees.getElement(new TreePath(new TreePath(unit), declaration)) instanceof TypeElement type) {
              classes.add(type);
            }
          }
        }
        if (!classes.isEmpty()) {
          analyze.invoke(task, classes);
        }
        gate.open = true;
        declared = read.declarations(); // read now when nothing was attributed: the files declare no type
      } catch (InvocationTargetException e) {
        read.rethrowOwnFailure();
        return Optional.empty();
      } catch (ReflectiveOperationException | RuntimeException | AssertionError | StackOverflowError javacFailed) {
        read.rethrowOwnFailure();
        return Optional.empty();
      }
      return Optional.of(declared.withBodies(BodyAttribution.scan(task, units)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModelExtractor.Declarations extract(
      DocTrees trees, JavacTask task, List<CompilationUnitTree> units, Map<Path, ScannedFile> scans, Path root,
      Set<String> otherTypes) {
    ExtractionScope scope = ExtractionScope.withPackages(trees, task.getElements(), task.getTypes(), units);
    return ModelExtractor.declarations(scope, scans, root, otherTypes);
  }

  /**
   * The previous model without what the touched files declared, with what the re-read found. A
   * package stays as it was unless its {@code package-info.java} was read again; a package whose
   * last type went goes too (as in a cold read, which knows packages by their types).
   */
  static CodeModel merge(CodeModel before, CodeModel part, Set<String> touched, Set<Path> inputs, Path root) {
    List<CodeType> types = new ArrayList<>();
    before.types().stream().filter(t -> !touched.contains(t.span().file())).forEach(types::add);
    types.addAll(part.types());
    Set<String> typeNames = types.stream().map(CodeType::qualifiedName).collect(Collectors.toSet());
    Set<String> packageNames = types.stream().map(CodeType::packageName).collect(Collectors.toSet());

    Set<String> infos = new HashSet<>();
    for (Path input : inputs) {
      if (input.getFileName().toString().equals("package-info.java")) {
        infos.add(SourceFinder.shown(root, input));
      }
    }
    Map<String, CodePackage> packages = new LinkedHashMap<>();
    for (CodePackage p : before.packages()) {
      packages.put(p.name(), p);
    }
    for (CodePackage p : part.packages()) {
      CodePackage old = packages.get(p.name());
      boolean infoReread = p.packageInfo() != null && infos.contains(p.packageInfo().file());
      boolean infoGone = old != null && old.packageInfo() != null && touched.contains(old.packageInfo().file());
      if (old == null || infoReread || infoGone) {
        packages.put(p.name(), p);
      }
    }
    List<CodePackage> kept = packages.values().stream().filter(p -> packageNames.contains(p.name())).toList();

    List<SourceFile> files = new ArrayList<>();
    before.files().stream().filter(f -> !touched.contains(f.path())).forEach(files::add);
    files.addAll(part.files());

    List<Dependency> dependencies = new ArrayList<>();
    for (Dependency d : before.dependencies()) {
      if (!touched.contains(d.file())) {
        dependencies.add(new Dependency(d.from(), d.to(), d.kind(), !typeNames.contains(d.to()), d.file(), d.line()));
      }
    }
    dependencies.addAll(part.dependencies());
    return new CodeModel(kept, types, files, dependencies);
  }

  private static List<Path> concat(List<Path> first, List<Path> second) {
    List<Path> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
