package dev.archdoc.cli;

import java.io.PrintWriter;

/** {@code java -jar archdoc.jar <command>}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(ArchdocCommand.run(args, out, err));
  }
}
