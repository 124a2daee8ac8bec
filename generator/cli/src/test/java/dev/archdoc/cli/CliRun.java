package dev.archdoc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the archdoc command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArchdocCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
