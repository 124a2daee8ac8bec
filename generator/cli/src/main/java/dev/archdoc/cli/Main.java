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
    System.exit(ArchdocCommand.run(args, out, err));
  }
}
