//! # One node, one process
//!
//! `raft-kv.jar node --id n1 --data DIR --members ...` runs a single member of a real cluster.
//! Start-up is the order a crash-safe node needs:
//!
//! 1. **Recover from disk.** Open the write-ahead log in the data folder. A torn last record is
//!    cut off (and said so); damage anywhere else stops the process with a one-line message
//!    naming the file and byte, because a node that guesses could vote twice in one term.
//! 2. **Bind the port** before starting Raft, so "address in use" is reported as such and not
//!    as a node that mysteriously never answers.
//! 3. **Start the runtime** from the recovered term, vote and log, with the TCP transport to
//!    its peers, and start serving peers and clients.
//!
//! From then on the process prints one line whenever its role, term or known leader changes,
//! which is all an operator needs to watch an election happen. It stops when it is killed —
//! there is no clean shutdown to rely on, by design: `kill -9` is the test of the disk format.
package com.example.raft.lifecycle;

import com.example.raft.data.DurableState;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeRuntime;
import com.example.raft.worker.NodeStatus;
import com.example.raft.worker.disk.WriteAheadLog;
import com.example.raft.worker.net.NodeServer;
import com.example.raft.worker.net.TcpTransport;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/** Runs one member of a multi-process cluster until the process is killed. */
final class NodeProcess {

  static final Set<String> OPTIONS = Set.of("--id", "--data", "--members");

  private NodeProcess() {}

  /** Starts the node; returns only if it cannot start (1) or halts (1). */
  static int run(Arguments args, PrintStream out, PrintStream err) {
    if (!args.positional().isEmpty()) {
      return fail(err, "node takes no words besides its options, got " + args.positional());
    }
    String idText = args.options().get("--id");
    String data = args.options().get("--data");
    if (idText == null || data == null) {
      return fail(err, "node needs --id ID and --data FOLDER (and --members ID=HOST:PORT,... unless the default 3 on loopback)");
    }
    MemberAddresses.Parsed parsed = args.options().containsKey("--members")
        ? MemberAddresses.parse(args.options().get("--members"))
        : new MemberAddresses.Parsed(Optional.of(MemberAddresses.loopback(3, MemberAddresses.DEFAULT_BASE_PORT)), Optional.empty());
    if (parsed.problem().isPresent()) {
      return fail(err, "bad --members: " + parsed.problem().get());
    }
    MemberAddresses members = parsed.members().get();
    NodeId self = NodeId.of(idText);
    InetSocketAddress address = members.asMap().get(self);
    if (address == null) {
      return fail(err, "--id " + self + " is not among the members " + members);
    }

    WriteAheadLog.Opened opened;
    try {
      WriteAheadLog.Opening opening = WriteAheadLog.open(Path.of(data));
      if (opening instanceof WriteAheadLog.Refused refused) {
        return fail(err, refused.problem());
      }
      opened = (WriteAheadLog.Opened) opening;
    } catch (IOException e) {
      return fail(err, "cannot open the data folder " + data + ": " + e.getMessage());
    }
    NodeServer server;
    try {
      server = NodeServer.bind(address);
    } catch (IOException e) {
      closeQuietly(opened.log());
      return fail(err, "cannot listen on " + address + ": " + e.getMessage());
    }

    ClusterSettings timing = ClusterSettings.defaults();
    NodeConfig config = new NodeConfig(self, new ArrayList<>(members.asMap().keySet()),
        timing.electionTimeoutTicks(), timing.heartbeatIntervalTicks(), timing.maxEntriesPerAppend(), new SecureRandom().nextLong());
    TcpTransport transport = new TcpTransport(self, members.asMap());
    NodeRuntime node = NodeRuntime.start(config, opened.log(), transport, timing.tickPeriod());
    server.serve(node);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      node.stop();
      transport.close();
      closeQuietly(opened.log());
    }));

    DurableState recovered = opened.state();
    out.println(self + ": listening on " + address.getHostString() + ":" + address.getPort() + ", data " + data
        + ": recovered term " + recovered.currentTerm() + ", " + recovered.log().lastIndex() + " log entries"
        + (opened.tornBytesDropped() > 0 ? ", cut a torn tail of " + opened.tornBytesDropped() + " bytes" : ""));
    out.flush();
    return watch(node, out);
  }

  /** Prints a line on every change of role, term or leader; returns if the node halts. */
  private static int watch(NodeRuntime node, PrintStream out) {
    String last = "";
    while (true) {
      NodeStatus status = node.status();
      if (!status.running()) {
        out.println(node.id() + ": halted");
        return 1;
      }
      String now = node.id() + ": " + status.role() + " in term " + status.term()
          + status.leader().map(leader -> ", leader " + leader).orElse(", no leader");
      if (!now.equals(last)) {
        out.println(now);
        out.flush();
        last = now;
      }
      LockSupport.parkNanos(20_000_000L);
    }
  }

  private static int fail(PrintStream err, String problem) {
    err.println("raft-kv: " + problem);
    return 1;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // on the way out
    }
  }
}
