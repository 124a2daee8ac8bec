package dev.archdoc.cli;

import dev.archdoc.core.serve.LiveServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc serve}: the live preview, until Ctrl-C. */
@Command(
    name = "serve",
    description = {
      "Builds the project's site, serves it on 127.0.0.1 only, rebuilds when a doc, source file,"
          + " template or archdoc.yml changes, and reloads open pages. A build that fails shows its"
          + " problems over the page while the last good site stays served. Ctrl-C stops it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad usage, or the port cannot be bound"})
final class ServeCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--port", paramLabel = "N", description = "the port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port = 8000;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    if (port < 0 || port > 65535) {
      err.println("archdoc: error: --port must be between 0 and 65535");
      return ArchdocCommand.BAD_INPUT;
    }
    LiveServer server;
    try {
      server = LiveServer.start(new LiveServer.Options(project, port, LiveServer.DEFAULT_QUIET), err::println);
    } catch (java.net.BindException e) {
      err.println("archdoc: error: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); pass another --port, or --port 0 for a free one");
      return ArchdocCommand.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      server.close();
      err.println("archdoc: stopped");
      stopped.countDown();
    }, "archdoc-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println("archdoc: serving " + server.url() + " (Ctrl-C stops)");
    stopped.await();
    return ArchdocCommand.OK;
  }
}
