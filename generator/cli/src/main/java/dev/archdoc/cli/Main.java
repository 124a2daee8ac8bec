package dev.archdoc.cli;

import java.io.PrintWriter;

/** {@code java -jar archdoc.jar <command>}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // JGit logs through SLF4J and the jar ships no binding: keep SLF4J's "no providers" notice off the user's screen
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if (!runsOnAJdk()) {
      // on a JRE the first doclet run dies with NoClassDefFoundError: com/sun/source/tree/Tree
      err.println("archdoc: needs a JDK 17 or newer (it runs javadoc in-process); this Java ("
          + System.getProperty("java.home") + ") is a JRE without the jdk.javadoc module");
      System.exit(ArchdocCommand.BAD_INPUT);
    }
    java.util.OptionalInt child = DefaultHeap.runInChild(args);
    if (child.isPresent()) {
      System.exit(child.getAsInt());
    }
    int exit;
    try {
      exit = ArchdocCommand.run(args, out, err);
    } catch (OutOfMemoryError e) {
      err.println("archdoc: " + ArchdocCommand.outOfMemory());
      exit = ArchdocCommand.BAD_INPUT;
    }
    System.exit(exit);
  }

  private static boolean runsOnAJdk() {
    return ModuleLayer.boot().findModule("jdk.javadoc").isPresent()
        && ModuleLayer.boot().findModule("jdk.compiler").isPresent();
  }
}
