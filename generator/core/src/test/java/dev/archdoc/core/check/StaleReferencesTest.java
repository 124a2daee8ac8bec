package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("stale-reference compares the signatures the docs name with those accepted in archdoc.lock")
class StaleReferencesTest {

  @TempDir Path folder;

  private TestProject project(String addSignature) {
    return new TestProject(folder)
        .write("src/main/java/com/acme/Ledger.java", """
            package com.acme;

            /** Keeps the books. */
            public final class Ledger {
              /** Adds an amount. */
              %s {
                return 0;
              }
            }
            """.formatted(addSignature))
        .write("arch-docs/guide.md", """
            # Guide

            Call [add](code:com.acme.Ledger#add) to add; the [ledger](code:com.acme.Ledger) keeps it.
            """);
  }

  @Test
  @DisplayName("after accept the check is clean; a changed signature is an error at the doc, old and new shown")
  void changedSignature() throws IOException {
    TestProject project = project("public long add(long amount)");
    ReferenceLock.of(project.load()).write(folder);
    assertThat(DriftCheck.run(project.load()).findings()).isEmpty();

    project("public long add(int amount)");
    CheckResult result = DriftCheck.run(project.load());

    assertThat(result.findings()).map(Finding::toString).containsExactly(
        "arch-docs/guide.md:3: error: 'com.acme.Ledger#add' named 'com.acme.Ledger#add(long)' at the last"
            + " 'archdoc accept' and now names 'com.acme.Ledger#add(int)': was `public long add(long amount)`,"
            + " now `public long add(int amount)`; re-read arch-docs/guide.md where it is named, fix what no"
            + " longer holds, then run 'archdoc accept' [stale-reference]");
    assertThat(result.exitCode()).isEqualTo(CheckResult.DRIFT);
  }

  @Test
  @DisplayName("renaming the checkout folder of a single-system project keeps the lock: a changed signature is still reported")
  void renamedCheckoutFolderKeepsTheLock(@TempDir Path parent) throws IOException {
    TestProject before = new TestProject(Files.createDirectories(parent.resolve("ledger-main")));
    before.write("src/main/java/com/acme/Ledger.java",
            "package com.acme;\npublic final class Ledger {\n  public long add(long amount) { return 0; }\n}\n")
        .write("arch-docs/guide.md", "# Guide\n\nCall [add](code:com.acme.Ledger#add).\n");
    ReferenceLock.of(before.load()).write(before.root());
    assertThat(Files.readString(before.root().resolve("archdoc.lock"))).contains("\"(project)\":")
        .doesNotContain("ledger-main");

    Path renamed = Files.move(before.root(), parent.resolve("ledger-pr-42"));
    TestProject after = new TestProject(renamed)
        .write("src/main/java/com/acme/Ledger.java",
            "package com.acme;\npublic final class Ledger {\n  public long add(int amount) { return 0; }\n}\n");
    assertThat(DriftCheck.run(after.load()).findings()).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo("stale-reference");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  @DisplayName("a lock written before, keyed by the old checkout folder's name, is read as the single system's")
  void oldLockKeyedByFolderNameIsRead() throws IOException {
    TestProject project = project("public long add(long amount)");
    Files.writeString(folder.resolve("archdoc.lock"), """
        version: 1
        systems:
          "some-old-folder-name":
            "com.acme.Ledger":
              element: "com.acme.Ledger"
              signature: "public final class Ledger"
            "com.acme.Ledger#add":
              element: "com.acme.Ledger#add(long)"
              signature: "public long add(long amount)"
        """);
    assertThat(DriftCheck.run(project.load()).findings()).isEmpty();
    project("public long add(int amount)");
    assertThat(DriftCheck.run(project.load()).findings()).singleElement()
        .satisfies(finding -> assertThat(finding.rule()).isEqualTo("stale-reference"));
  }

  @Test
  @DisplayName("a changed return type keeps the element and reports the signature change")
  void changedReturnType() throws IOException {
    TestProject project = project("public long add(long amount)");
    ReferenceLock.of(project.load()).write(folder);
    project("public int add(long amount)");

    assertThat(DriftCheck.run(project.load()).findings()).singleElement().extracting(Finding::message)
        .asString().startsWith("the signature of 'com.acme.Ledger#add(long)' changed since the last 'archdoc accept':"
            + " was `public long add(long amount)`, now `public int add(long amount)`");
  }

  @Test
  @DisplayName("no lock file is a hint, not a failure; a reference not yet accepted is counted in one hint")
  void hints() throws IOException {
    TestProject project = project("public long add(long amount)");
    CheckResult withoutLock = DriftCheck.run(project.load());
    assertThat(withoutLock.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(withoutLock.exitCode()).isEqualTo(CheckResult.CLEAN);

    Files.writeString(folder.resolve("archdoc.lock"), "version: 1\nsystems: {}\n");
    CheckResult unaccepted = DriftCheck.run(project.load());
    assertThat(unaccepted.findings()).map(Finding::toString).containsExactly(
        "archdoc.lock: info: 2 references are not in archdoc.lock yet; run 'archdoc accept' once the docs hold,"
            + " so later changes to them are seen [stale-reference]");
    assertThat(unaccepted.exitCode()).isEqualTo(CheckResult.CLEAN);
  }

  @Test
  @DisplayName("a lock file that cannot be read is an error that says how to rewrite it")
  void unreadableLock() throws IOException {
    TestProject project = project("public long add(long amount)");
    Files.writeString(folder.resolve("archdoc.lock"), "systems: [not, a, map\n");
    assertThat(DriftCheck.run(project.load()).findings()).singleElement().asString()
        .startsWith("archdoc.lock: error: archdoc.lock cannot be used: it is not valid YAML")
        .endsWith("run 'archdoc accept' to write it again [stale-reference]");
  }

  @Test
  @DisplayName("a class renamed after accept gets a did-you-mean from the lock, though the names are far apart")
  void renamedClass() throws IOException {
    TestProject project = project("public long add(long amount)");
    ReferenceLock.of(project.load()).write(folder);
    Files.delete(folder.resolve("src/main/java/com/acme/Ledger.java"));
    project.write("src/main/java/com/acme/BookKeeping.java", """
        package com.acme;

        /** Keeps the books. */
        public final class BookKeeping {
          /** Adds an amount. */
          public long add(long amount) {
            return 0;
          }
        }
        """);
    assertThat(DriftCheck.run(project.load()).findings()).map(Finding::message).containsExactly(
        "code link 'com.acme.Ledger#add' names no package, type or member in the code; it was renamed, moved"
            + " or removed (did you mean 'com.acme.BookKeeping#add(long)'? it has the accepted signature"
            + " `public long add(long amount)`)",
        "code link 'com.acme.Ledger' names no package, type or member in the code; it was renamed, moved or"
            + " removed (did you mean 'com.acme.BookKeeping'? it has the accepted signature `public final class Ledger`)");
  }

  @Test
  @DisplayName("a signature read with a class path and without one is the same reference: packages are not compared")
  void classPathOrNotIsNoChange() {
    var withoutClassPath = new ReferenceLock.Entry("a.Blocks", "final class Blocks extends Treeprocessor");
    var withClassPath = new ReferenceLock.Entry("a.Blocks", "final class Blocks extends org.asciidoctor.extension.Treeprocessor");
    assertThat(StaleReferences.same(withoutClassPath, withClassPath)).isTrue();
    assertThat(StaleReferences.same(
        new ReferenceLock.Entry("a.F#run(a.F.Request)", "public static a.F.Outcome run(a.F.Request r) throws java.io.IOException"),
        new ReferenceLock.Entry("a.F#run(a.F.Request)", "public static Outcome run(Request r) throws IOException")))
        .as("nested names keep their outer type").isFalse();
    assertThat(StaleReferences.same(
        new ReferenceLock.Entry("a.F#run(a.F.Request)", "public static a.F.Outcome run(a.F.Request r) throws java.io.IOException"),
        new ReferenceLock.Entry("a.F#run(a.F.Request)", "public static F.Outcome run(F.Request r) throws IOException")))
        .isTrue();
    assertThat(StaleReferences.same(withClassPath,
        new ReferenceLock.Entry("a.Blocks", "final class Blocks extends org.asciidoctor.extension.BlockProcessor")))
        .as("a real change is still one").isFalse();
    assertThat(StaleReferences.unqualified("java.lang.Comparable<dev.archdoc.core.finding.Finding>"))
        .isEqualTo("Comparable<Finding>");
  }
}
