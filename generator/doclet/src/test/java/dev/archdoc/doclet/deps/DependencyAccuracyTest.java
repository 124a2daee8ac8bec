package dev.archdoc.doclet.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.annotations.Decision;
import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.model.Dependency;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Type dependencies against the compiled bytecode")
class DependencyAccuracyTest {

  private static final Path REPO = Path.of(System.getProperty("archdoc.repoRoot", "../.."));

  @Test
  @DisplayName("the sample system: every dependency jdeps finds, and no other (after the computed excuses)")
  void sampleSystemMatchesJdeps(@TempDir Path classes) throws IOException, URISyntaxException {
    Path sources = REPO.resolve("sample-system/src/main/java");
    Path annotations = Path.of(Decision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    compile(sources, annotations, classes);

    CodeModelReader.Result read =
        CodeModelReader.read(new CodeModelReader.Request(REPO, List.of(Path.of("sample-system/src/main/java")), List.of()));
    assertFalse(read.hasErrors(), read.problems().toString());
    DependencyComparison.Result result = DependencyComparison.compare(classes, List.of(annotations), read.model());

    assertEquals(List.of(), List.copyOf(result.invented()), result.report());
    assertEquals(List.of(), List.copyOf(result.missed()), result.report());
    // the comparison has something to compare: hundreds of pairs agree
    assertTrue(result.both().size() > 500, result.summary());
  }

  @Test
  @DisplayName("a name that does not resolve (no class path) gives no dependency, never a guessed one")
  void unresolvedNamesGiveNoDependency(@TempDir Path project) throws IOException {
    Path file = project.resolve("src/main/java/p/Uses.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        package p;

        import com.missing.Lib;
        import com.missing.other.*;

        public class Uses {
          Helper helper = new Helper();

          int run(Lib lib) {
            var made = Lib.make().chain();
            Runnable r = () -> made.go(Lib.CONSTANT);
            Thing t = Factory.create(helper);
            int none = helper.count(null);
            return t.size() + helper.count(lib.items().stream().map(i -> i.name()).toList());
          }
        }

        class Helper {
          int count(java.util.List<String> names) {
            return names.size();
          }
        }
        """);
    CodeModelReader.Result read =
        CodeModelReader.read(new CodeModelReader.Request(project, List.of(Path.of("src/main/java")), List.of()));
    List<String> targets = new ArrayList<>();
    for (Dependency d : read.model().dependencies()) {
      if (d.from().equals("p.Uses")) {
        targets.add(d.to());
      }
    }
    for (String target : targets) {
      assertTrue(
          target.equals("p.Helper") || target.startsWith("java."),
          "a dependency on " + target + " was made up from a name javac could not resolve: " + targets);
    }
    assertTrue(targets.contains("p.Helper"), targets.toString());
    assertTrue(targets.contains("java.lang.Runnable"), targets.toString());
    assertTrue(targets.contains("java.util.List"), "the parameter type of the call that resolved: " + targets);
  }

  @Test
  @DisplayName("chained calls, lambdas and var are resolved through their types")
  void chainedCallsLambdasAndVar(@TempDir Path project) throws IOException {
    write(project, "a/Entry.java", "package a; public class Entry { public b.Box box() { return null; } }");
    write(project, "b/Box.java", "package b; public class Box { public c.Item item() { return null; } }");
    write(project, "c/Item.java", "package c; public class Item { public String name() { return \"\"; } }");
    write(
        project,
        "d/User.java",
        """
        package d;

        public class User {
          String chained(a.Entry e) {
            return e.box().item().name();
          }

          java.util.List<String> lambda(java.util.List<a.Entry> entries) {
            return entries.stream().map(e -> e.box()).map(box -> box.item().name()).toList();
          }

          void withVar(a.Entry e) {
            var box = e.box();
            box.item();
          }
        }
        """);
    CodeModelReader.Result read =
        CodeModelReader.read(new CodeModelReader.Request(project, List.of(Path.of("src/main/java")), List.of()));
    assertFalse(read.hasErrors(), read.problems().toString());
    List<Dependency> fromUser = read.model().dependenciesOf("d.User");
    for (String target : List.of("b.Box", "c.Item")) {
      for (int line : List.of(5, 9, 13, 14)) {
        if (target.equals("b.Box") || line != 13) {
          assertTrue(
              fromUser.stream().anyMatch(d -> d.to().equals(target) && d.line() == line),
              target + " on line " + line + " in " + fromUser);
        }
      }
    }
  }

  private static void write(Path project, String file, String text) throws IOException {
    Path path = project.resolve("src/main/java").resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static void compile(Path sources, Path classpath, Path into) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  out, fileManager, null,
                  List.of("-proc:none", "-nowarn", "-d", into.toString(), "-classpath", classpath.toString()),
                  null, fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      assertTrue(ok, "the sample system does not compile: " + out);
    }
  }
}
