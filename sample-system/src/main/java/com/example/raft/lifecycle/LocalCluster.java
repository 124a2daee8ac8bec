package com.example.raft.lifecycle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code raft-kv.jar cluster}: a demo cluster of child processes on loopback, one {@code node}
 * process per member, sharing this terminal; with {@code --spares N}, N more nodes run that are
 * not yet voting members, ready to be added with {@code raft-kv.jar members}. Each child is an ordinary node, so killing one
 * ({@code kill -9 PID}) is a real crash; the printed command restarts it from its data folder.
 * Stopping this process (Ctrl-C) stops the children.
 */
final class LocalCluster {

  static final Set<String> OPTIONS = Set.of("--nodes", "--spares", "--base-port", "--data");

  private LocalCluster() {}

  static int run(Arguments args, PrintStream out, PrintStream err) {
    if (!args.positional().isEmpty()) {
      err.println("raft-kv: cluster takes only options, got " + args.positional());
      return 2;
    }
    var nodes = args.integer("--nodes", 3, 1, 9);
    var spares = args.integer("--spares", 0, 0, 9);
    var basePort = args.integer("--base-port", MemberAddresses.DEFAULT_BASE_PORT, 1024, 65000);
    if (nodes.isEmpty() || spares.isEmpty() || basePort.isEmpty()) {
      err.println("raft-kv: --nodes takes 1..9, --spares 0..9 and --base-port 1024..65000");
      return 2;
    }
    Path data = Path.of(args.options().getOrDefault("--data", "raft-data"));
    MemberAddresses members = MemberAddresses.loopback(nodes.get() + spares.get(), basePort.get());
    String voters = String.join(",", members.asMap().keySet().stream().limit(nodes.get()).map(Object::toString).toList());
    List<Process> children = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> children.forEach(Process::destroy)));
    for (var member : members.asMap().keySet()) {
      List<String> command = spares.get() == 0
          ? nodeCommand(member.name(), data.resolve(member.name()), members)
          : nodeCommand(member.name(), data.resolve(member.name()), members, "--voters", voters);
      try {
        Process child = new ProcessBuilder(command).inheritIO().start();
        children.add(child);
        out.println("cluster: " + member + " is pid " + child.pid() + "; restart it with: " + shown(command));
      } catch (IOException e) {
        err.println("raft-kv: cannot start " + member + ": " + e.getMessage());
        children.forEach(Process::destroy);
        return 1;
      }
    }
    boolean defaults = spares.get() == 0 && nodes.get() == 3 && basePort.get() == MemberAddresses.DEFAULT_BASE_PORT;
    out.println("cluster: voters " + voters + (spares.get() > 0 ? " and " + spares.get() + " spare(s)" : "") + " on " + members
        + "; try: java -jar raft-kv.jar put k v" + (defaults ? "" : " --members " + members));
    out.flush();
    for (Process child : children) {
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return 0;
  }

  /** The command line of one member's process: the same java and class path as this one. */
  static List<String> nodeCommand(String id, Path data, MemberAddresses members, String... extra) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "node", "--id", id, "--data", data.toString(), "--members", members.toString()));
    command.addAll(List.of(extra));
    return List.copyOf(command);
  }

  /** The command as a user would type it: {@code java -jar raft-kv.jar ...} when run from the jar. */
  private static String shown(List<String> command) {
    String classPath = command.get(2);
    List<String> rest = command.subList(4, command.size());
    if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
      return "java -jar " + classPath + " " + String.join(" ", rest);
    }
    return String.join(" ", command);
  }
}
