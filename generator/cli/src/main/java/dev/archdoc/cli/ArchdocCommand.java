package dev.archdoc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands; running it without one is a usage error. */
@Command(
    name = "archdoc",
    mixinStandardHelpOptions = true,
    versionProvider = ArchdocCommand.Version.class,
    description = "Keeps a system's architecture documentation true: ADRs, pages, diagrams and code, linked and checked.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ModelCommand.class,
      AcceptCommand.class,
      BaselineCommand.class,
      AffectedCommand.class,
      InitCommand.class,
      PublishCommand.class,
      NewCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:drift found (check)", "2:bad usage, configuration or I/O"})
final class ArchdocCommand implements Runnable {

  static final int OK = 0;
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Runs the command line and returns the exit code; never lets an exception reach the user. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ArchdocCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("archdoc: " + describe(e));
          return BAD_INPUT;
        });
    return cli.execute(args);
  }

  private static String describe(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return outOfMemory(); // thrown on a worker thread, it arrives wrapped
      }
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** What to say when the heap ran out: how big it was, and how to give it more. */
  static String outOfMemory() {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "ran out of memory (the Java heap may grow to " + mib + " MiB); nothing was written."
        + " Give it more, e.g. java -Xmx4g -jar archdoc.jar ...";
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ArchdocCommand.class.getPackage().getImplementationVersion();
      return new String[] {"archdoc " + (version == null ? "(development build)" : version)};
    }
  }
}
