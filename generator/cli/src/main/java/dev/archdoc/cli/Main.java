package dev.archdoc.cli;

import java.io.PrintWriter;

/** {@code java -jar archdoc.jar <command>}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if (!runsOnAJdk()) {
      // on a JRE the first doclet run dies with NoClassDefFoundError: com/sun/source/tree/Tree
      err.println("archdoc: needs a JDK 17 or newer (it runs javadoc in-process); this Java ("
          + System.getProperty("java.home") + ") is a JRE without the jdk.javadoc module");
      System.exit(ArchdocCommand.BAD_INPUT);
    }
    System.exit(ArchdocCommand.run(args, out, err));
  }

  private static boolean runsOnAJdk() {
    return ModuleLayer.boot().findModule("jdk.javadoc").isPresent()
        && ModuleLayer.boot().findModule("jdk.compiler").isPresent();
  }
}
