import com.example.raft.boundary.Answer;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.NodeId;
import com.example.raft.lifecycle.Cluster;
import com.example.raft.lifecycle.ClusterSettings;
import com.example.raft.worker.NodeEndpoint;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.net.RemoteNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Throughput and latency of raft-kv writes: the in-JVM cluster and three processes on loopback
 * with fsync, with 1 and 64 concurrent clients, plus the time to a new leader after kill -9.
 * Uses only the public API and the jar's command line. Run through bench/raft/run.sh.
 */
public class RaftBench {

  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 2));
  static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
  static final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    Path work = Files.createTempDirectory("raft-bench");
    rows.add(String.format("%-44s %8s %12s %9s %9s", "setup", "clients", "writes/s", "p50 ms", "p99 ms"));

    try (Cluster cluster = Cluster.start(ClusterSettings.defaults())) {
      Function<String, KvClient> clients = id -> cluster.client(id, Duration.ofSeconds(10));
      run("in-JVM, 3 nodes, in-memory store", 1, clients);
      run("in-JVM, 3 nodes, in-memory store", 64, clients);
    }

    Map<NodeId, InetSocketAddress> members = new TreeMap<>();
    for (int i = 1; i <= 3; i++) {
      members.put(NodeId.of("n" + i), new InetSocketAddress("127.0.0.1", freePort()));
    }
    String memberList = String.join(",", members.entrySet().stream()
        .map(e -> e.getKey() + "=127.0.0.1:" + e.getValue().getPort()).toList());
    Map<NodeId, Process> processes = new TreeMap<>();
    List<RemoteNode> remotes = new ArrayList<>();
    try {
      for (NodeId id : members.keySet()) {
        processes.put(id, startNode(jar, id, work, memberList));
      }
      Map<NodeId, NodeEndpoint> endpoints = new TreeMap<>();
      members.forEach((id, address) -> {
        RemoteNode remote = new RemoteNode(id, address);
        remotes.add(remote);
        endpoints.put(id, remote);
      });
      Function<String, KvClient> clients = id -> new KvClient(id, List.copyOf(members.keySet()),
          member -> Optional.ofNullable(endpoints.get(member)), Duration.ofSeconds(10));
      run("3 processes, loopback TCP, WAL + fsync", 1, clients);
      run("3 processes, loopback TCP, WAL + fsync", 64, clients);

      List<Long> failovers = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        NodeId leader = leader(members, processes);
        long killed = System.nanoTime();
        processes.get(leader).destroyForcibly().waitFor();
        NodeId next = leader(members, processes);
        failovers.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
        System.err.println("failover " + (round + 1) + ": " + leader + " killed, " + next + " leads after " + failovers.get(round) + " ms");
        processes.put(leader, startNode(jar, leader, work, memberList));
        KvClient probe = clients.apply("probe-" + round);
        if (!(probe.put("probe", "" + round) instanceof Answer.Success)) {
          throw new IllegalStateException("cluster did not recover after failover " + round);
        }
        awaitRejoined(work.resolve(leader.name() + ".out"), next);
        // Let the restarted JVM finish starting up and catch up, so its start-up does not steal
        // the CPU from the election measured next (a benchmark pause, not synchronisation).
        Thread.sleep(1_000);
      }
      long[] sorted = failovers.stream().mapToLong(Long::longValue).sorted().toArray();
      rows.add(String.format("new leader after kill -9 of the leader (5 runs): min %d ms, median %d ms, max %d ms",
          sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]));
      rows.add(String.format("fsync of a 4 KiB append on this disk (1000 runs): p50 %.2f ms, p99 %.2f ms", fsync(work, 0.5), fsync(work, 0.99)));
    } finally {
      remotes.forEach(RemoteNode::close);
      processes.values().forEach(Process::destroyForcibly);
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  static void run(String setup, int clientCount, Function<String, KvClient> newClient) throws InterruptedException {
    List<KvClient> clients = new ArrayList<>();
    for (int c = 0; c < clientCount; c++) {
      clients.add(newClient.apply(setup.hashCode() + "-" + clientCount + "-" + c));
    }
    phase(clients, WARM_UP);
    long[][] latencies = phase(clients, MEASURE);
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    rows.add(String.format("%-44s %8d %12.0f %9.2f %9.2f", setup, clientCount,
        all.length / (MEASURE.toNanos() / 1e9), all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6));
  }

  /** Every client writes back to back until the phase ends; returns each client's latencies. */
  static long[][] phase(List<KvClient> clients, Duration length) throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    long[][] latencies = new long[clients.size()][];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients.size(); c++) {
      int index = c;
      Thread thread = new Thread(() -> {
        long[] mine = new long[1 << 16];
        int count = 0;
        int sequence = 0;
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          Answer answer = clients.get(index).put("key-" + index, "value-" + sequence++);
          if (!(answer instanceof Answer.Success)) {
            throw new IllegalStateException("write failed: " + answer);
          }
          if (count == mine.length) {
            mine = Arrays.copyOf(mine, count * 2);
          }
          mine[count++] = System.nanoTime() - start;
        }
        latencies[index] = Arrays.copyOf(mine, count);
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return latencies;
  }

  static Process startNode(String jar, NodeId id, Path work, String members) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-jar", jar, "node", "--id", id.name(), "--data", work.resolve(id.name()).toString(),
        "--members", members)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(id.name() + ".out").toFile()))
        .start();
  }

  /** The live node that serves a read itself, as only a leader does; polls until one does. */
  static NodeId leader(Map<NodeId, InetSocketAddress> members, Map<NodeId, Process> processes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      for (Map.Entry<NodeId, InetSocketAddress> member : members.entrySet()) {
        if (!processes.get(member.getKey()).isAlive()) {
          continue;
        }
        try (RemoteNode node = new RemoteNode(member.getKey(), member.getValue())) {
          if (node.read("probe").get(1, TimeUnit.SECONDS) instanceof NodeReply.Answered) {
            return member.getKey();
          }
        } catch (java.util.concurrent.TimeoutException slow) {
          // next
        }
      }
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll, do not hammer
    }
    throw new IllegalStateException("no leader within 30 s");
  }

  /** Polls the restarted node's output until it reports following {@code leader}. */
  static void awaitRejoined(Path output, NodeId leader) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String text = Files.exists(output) ? Files.readString(output) : "";
      String last = text.lines().reduce("", (a, b) -> b);
      if (last.contains("FOLLOWER") && last.contains("leader ")) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("restarted node did not rejoin: see " + output);
  }

  static double fsync(Path work, double quantile) throws IOException {
    Path file = work.resolve("fsync-probe");
    long[] times = new long[1000];
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer block = ByteBuffer.allocate(4096);
      for (int i = 0; i < times.length; i++) {
        block.rewind();
        channel.write(block);
        long start = System.nanoTime();
        channel.force(false);
        times[i] = System.nanoTime() - start;
      }
    }
    Arrays.sort(times);
    return times[(int) (times.length * quantile)] / 1e6;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
