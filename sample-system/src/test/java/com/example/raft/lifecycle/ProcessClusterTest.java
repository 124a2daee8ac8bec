package com.example.raft.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.example.raft.boundary.Answer;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.KvResult;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.simulation.LinearizabilityChecker;
import com.example.raft.simulation.LinearizabilityChecker.Op;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.net.RemoteNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real node processes on loopback, each with its own write-ahead log, under several
 * concurrent clients: the leader is killed with {@code kill -9} mid-run and restarted from its
 * data folder (and, its log compacted away meanwhile, caught up by a snapshot), then the next
 * leader is killed too, and every acknowledged write must still be there — the recorded history
 * of every client must be linearizable.
 */
@DisplayName("Multi-process cluster")
class ProcessClusterTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final int CLIENTS = 4;
  private static final String[] KEYS = {"k0", "k1", "k2", "k3"};

  @TempDir Path data;

  private final Map<NodeId, Process> processes = new TreeMap<>();
  private final List<Op> history = new ArrayList<>();
  private MemberAddresses members;

  @AfterEach
  void stopEverything() {
    processes.values().forEach(Process::destroyForcibly);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName("kill -9 of the leader, twice, loses no acknowledged write and keeps the history linearizable")
  void survivesKillingTheLeader() throws Exception {
    members = MemberAddresses.loopback(3, 0);
    TreeMap<NodeId, InetSocketAddress> addresses = new TreeMap<>();
    for (NodeId id : members.asMap().keySet()) {
      addresses.put(id, new InetSocketAddress("127.0.0.1", freePort()));
    }
    members = new MemberAddresses(addresses);
    for (NodeId id : members.asMap().keySet()) {
      start(id);
    }

    try (RemoteClient cluster = new RemoteClient(members)) {
      KvClient first = cluster.session("first", PATIENCE);
      long startInvoked = System.nanoTime();
      Answer started = first.put("k0", "start");
      assertTrue(started instanceof Answer.Success, "the fresh cluster accepts a write: " + started);
      record(Op.write(new Operation.Put("k0", "start"), startInvoked, System.nanoTime(), Optional.of(((Answer.Success) started).result())));

      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        KvClient client = cluster.session("client-" + c, Duration.ofSeconds(10));
        SplittableRandom random = new SplittableRandom(c);
        Thread thread = new Thread(() -> runClient(client, random, stop, answered), "test-client-" + c);
        clients.add(thread);
        thread.start();
      }

      awaitAnswers(answered, 150, "clients make progress on the healthy cluster");
      NodeId leader = leader(cluster);
      long killedAt = System.nanoTime();
      processes.get(leader).destroyForcibly().waitFor();
      NodeId successor = awaitNewLeader(cluster, leader);
      System.out.printf("process cluster: killed leader %s; %s led within %d ms%n",
          leader, successor, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));
      awaitAnswers(answered, answered.get() + 150, "clients make progress without the old leader");

      start(leader); // recovers its term, vote and log from its write-ahead log
      awaitAnswers(answered, answered.get() + 100, "clients make progress with the old leader back");
      Path restartedOutput = data.resolve(leader.name() + ".out");
      Await.until(leader + " is caught up by the leader's snapshot", PATIENCE,
          () -> read(restartedOutput).contains(leader + ": installed the leader's snapshot"));
      NodeId second = leader(cluster);
      processes.get(second).destroyForcibly().waitFor();
      awaitAnswers(answered, answered.get() + 100, "the restarted node and the survivor form a majority");

      stop.set(true);
      for (Thread thread : clients) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
      KvClient reader = cluster.session("final-reader", PATIENCE);
      for (String key : KEYS) {
        long invoked = System.nanoTime();
        Answer answer = reader.get(key);
        KvResult.Value value = (KvResult.Value) ((Answer.Success) answer).result();
        record(Op.read(key, invoked, System.nanoTime(), value.value()));
      }
    }

    long acknowledgedWrites;
    synchronized (history) {
      acknowledgedWrites = history.stream().filter(op -> op.write().isPresent() && op.responded()).count();
      assertEquals(Optional.empty(), LinearizabilityChecker.check(history), "history of " + history.size() + " operations");
    }
    assertTrue(acknowledgedWrites > 100, "acknowledged writes: " + acknowledgedWrites);
  }

  private void runClient(KvClient client, SplittableRandom random, AtomicBoolean stop, AtomicInteger answered) {
    int written = 0;
    while (!stop.get()) {
      String key = KEYS[random.nextInt(KEYS.length)];
      long invoked = System.nanoTime();
      if (random.nextInt(3) == 0) {
        Answer answer = client.get(key);
        if (answer instanceof Answer.Success success) {
          record(Op.read(key, invoked, System.nanoTime(), ((KvResult.Value) success.result()).value()));
          answered.incrementAndGet();
        }
      } else {
        Operation.Put put = new Operation.Put(key, Thread.currentThread().getName() + "-" + written++);
        Answer answer = client.put(put.key(), put.value());
        if (answer instanceof Answer.Success success) {
          record(Op.write(put, invoked, System.nanoTime(), Optional.of(success.result())));
          answered.incrementAndGet();
        } else {
          // Unknown outcome: it may take effect at any time after it was sent, or never.
          record(Op.write(put, invoked, LinearizabilityChecker.NO_RESPONSE, Optional.empty()));
        }
      }
    }
  }

  private void record(Op op) {
    synchronized (history) {
      history.add(op);
    }
  }

  private void start(NodeId id) throws IOException {
    // Snapshots every 40 entries: the restarted leader has missed more than that, so the new
    // leader must catch it up with InstallSnapshot over TCP, not with entries.
    List<String> command = LocalCluster.nodeCommand(id.name(), data.resolve(id.name()), members, "--snapshot-every", "40");
    Path output = data.resolve(id.name() + ".out");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
        .start();
    processes.put(id, process);
  }

  /** The node that answers a read itself, as only a leader does; polls until one does. */
  private NodeId leader(RemoteClient cluster) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      for (Map.Entry<NodeId, InetSocketAddress> member : members.asMap().entrySet()) {
        if (!processes.get(member.getKey()).isAlive()) {
          continue;
        }
        try (RemoteNode node = new RemoteNode(member.getKey(), member.getValue())) {
          CompletableFuture<NodeReply> reply = node.read("k0");
          if (reply.get(2, TimeUnit.SECONDS) instanceof NodeReply.Answered) {
            return member.getKey();
          }
        } catch (java.util.concurrent.TimeoutException slow) {
          // try the next one
        }
      }
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll, do not hammer
    }
    fail("no leader within " + PATIENCE.toMillis() + " ms; node output is in " + data + dumpOutputs());
    return null;
  }

  private NodeId awaitNewLeader(RemoteClient cluster, NodeId old) throws Exception {
    NodeId leader = leader(cluster);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (leader.equals(old) && System.nanoTime() < deadline) {
      leader = leader(cluster);
    }
    return leader;
  }

  private void awaitAnswers(AtomicInteger answered, int target, String what) {
    Await.until(what + " (" + target + " answers)" + dumpOutputsLazily(), PATIENCE, () -> answered.get() >= target);
  }

  private String dumpOutputsLazily() {
    return "; node output in " + data;
  }

  private String dumpOutputs() {
    StringBuilder out = new StringBuilder();
    for (NodeId id : processes.keySet()) {
      try {
        out.append("\n--- ").append(id).append('\n').append(Files.readString(data.resolve(id.name() + ".out")));
      } catch (IOException e) {
        out.append("\n--- ").append(id).append(": ").append(e.getMessage());
      }
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
