package com.example.raft.lifecycle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The command-line entry point. Without a subcommand it starts a Raft cluster (three nodes by
 * default) inside this JVM and answers key-value commands read from standard input, one line
 * each, until {@code quit} or end of input; then stops every node and exits. With {@code node},
 * {@code cluster} or a client verb it runs one member of a multi-process cluster, a local demo
 * cluster of child processes, or one client request. Every user error is one line on stderr.
 */
public final class Main {

  private static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: java -jar raft-kv.jar [--nodes N] [--seed S] [--help]",
          "       java -jar raft-kv.jar node --id ID --data FOLDER [--members ID=HOST:PORT,...] [--voters ID,...] [--snapshot-every N]",
          "       java -jar raft-kv.jar cluster [--nodes N] [--spares S] [--base-port P] [--data FOLDER]",
          "       java -jar raft-kv.jar put KEY VALUE | get KEY | delete KEY | cas KEY EXPECTED NEW"
              + " [--members ID=HOST:PORT,...] [--timeout-ms T]",
          "       java -jar raft-kv.jar transfer NODE [--members ID=HOST:PORT,...]   (hand leadership to NODE)",
          "       java -jar raft-kv.jar members ID,ID,... [--members ID=HOST:PORT,...] (add or remove one voting member)",
          "--members is the address book (every node that may ever vote); --voters, the members a new cluster starts with.",
          "node runs one member of a multi-process cluster (members default to n1..n3 on 127.0.0.1:7101-7103);",
          "cluster starts N such members as child processes; put/get/delete/cas are a client of such a cluster.",
          "Without a subcommand, starts an N-node (default 3) cluster in this JVM and reads commands from stdin:",
          "  put KEY VALUE         set a key",
          "  get KEY               read a key (linearizable)",
          "  delete KEY            remove a key",
          "  cas KEY EXPECTED NEW  set KEY to NEW only if it holds EXPECTED",
          "  status                role, term and progress of every node",
          "  help                  list the commands",
          "  quit                  stop the cluster and exit (end of input does the same)",
          "Each command is answered on one line.");

  private static final Duration CLIENT_DEADLINE = Duration.ofSeconds(5);

  private Main() {}

  /** Runs the console on the process's standard streams and exits with its status. */
  public static void main(String[] args) {
    if (System.console() != null && args.length == 0) {
      System.err.println("raft-kv: starting a 3-node cluster in this JVM; type help for the commands, quit to stop");
    }
    int status = run(args, System.in, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the console over the given streams and returns the exit status: 0 after {@code quit} or
   * end of input, 2 for bad arguments. Every node is stopped before it returns.
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      return runSubcommand(args[0], List.of(args).subList(1, args.length), out, err);
    }
    ClusterSettings settings = ClusterSettings.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      }
      if ((arg.equals("--nodes") || arg.equals("--seed")) && i + 1 < args.length) {
        String value = args[++i];
        try {
          settings = arg.equals("--nodes")
              ? settings.withNodeCount(Integer.parseInt(value))
              : settings.withSeed(Long.parseLong(value));
          continue;
        } catch (IllegalArgumentException e) {
          err.println("raft-kv: bad value '" + value + "' for " + arg + ": " + e.getMessage());
          return 2;
        }
      }
      err.println("raft-kv: unknown or incomplete option '" + arg + "'; try --help");
      return 2;
    }
    try (Cluster cluster = Cluster.start(settings)) {
      Console console = new Console(cluster, cluster.client("console", CLIENT_DEADLINE), out);
      console.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      return 0;
    } catch (IOException e) {
      err.println("raft-kv: cannot read commands: " + e.getMessage());
      return 1;
    }
  }

  private static int runSubcommand(String name, List<String> words, PrintStream out, PrintStream err) {
    Set<String> options = switch (name) {
      case "node" -> NodeProcess.OPTIONS;
      case "cluster" -> LocalCluster.OPTIONS;
      default -> RemoteClient.VERBS.contains(name) ? RemoteClient.OPTIONS : Set.of();
    };
    if (options.isEmpty()) {
      err.println("raft-kv: unknown command '" + name + "'; try --help");
      return 2;
    }
    Arguments arguments = Arguments.parse(words, options);
    if (arguments.problem().isPresent()) {
      err.println("raft-kv: " + name + ": " + arguments.problem().get());
      return 2;
    }
    return switch (name) {
      case "node" -> NodeProcess.run(arguments, out, err);
      case "cluster" -> LocalCluster.run(arguments, out, err);
      default -> RemoteClient.run(name, arguments, out, err);
    };
  }
}
