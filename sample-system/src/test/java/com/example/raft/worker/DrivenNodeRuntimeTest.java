package com.example.raft.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The runtime's loop driven one pass at a time, with no thread and a clock the test sets: what a
 * batch does (one sync, only the last append per follower) and when a transfer gives up, exactly.
 */
@DisplayName("A driven node runtime")
class DrivenNodeRuntimeTest {

  private static final Duration TICK = Duration.ofMillis(1);
  private static final int ELECTION_TICKS = 10;
  private static final NodeId N1 = NodeId.of("n1");
  private static final NodeId N2 = NodeId.of("n2");
  private static final NodeId N3 = NodeId.of("n3");

  /** A store that counts its syncs and logs every call, so a test can see what came before a send. */
  private static final class CountingStore implements DurableStore {
    final InMemoryDurableStore inner = new InMemoryDurableStore();
    final List<String> calls;
    int syncs;

    CountingStore(List<String> calls) {
      this.calls = calls;
    }

    @Override
    public void saveHardState(long term, Optional<NodeId> votedFor) {
      calls.add("save");
      inner.saveHardState(term, votedFor);
    }

    @Override
    public void saveEntries(long fromIndex, List<LogEntry> entries) {
      calls.add("save");
      inner.saveEntries(fromIndex, entries);
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
      calls.add("save");
      inner.saveSnapshot(snapshot);
    }

    @Override
    public void sync() {
      calls.add("sync");
      syncs++;
    }

    @Override
    public DurableState recover() {
      return inner.recover();
    }
  }

  private long now;
  private final List<Message> inFlight = new ArrayList<>();
  private final List<String> n1Calls = new ArrayList<>();
  private final Map<NodeId, NodeRuntime> nodes = new TreeMap<>();
  private CountingStore n1Store;

  @BeforeEach
  void electN1() {
    for (NodeId id : List.of(N1, N2, N3)) {
      NodeConfig config = new NodeConfig(id, List.of(N1, N2, N3), ELECTION_TICKS, 2, 64, id.hashCode());
      DurableStore store = id.equals(N1) ? (n1Store = new CountingStore(n1Calls)) : new InMemoryDurableStore();
      Transport transport = new Transport() {
        @Override
        public void send(Message message) {
          if (message.from().equals(N1)) {
            n1Calls.add("send " + message.getClass().getSimpleName() + " to " + message.to());
          }
          inFlight.add(message);
        }

        @Override
        public boolean canReach(NodeId node) {
          return true;
        }
      };
      nodes.put(id, NodeRuntime.driven(config, store, transport, TICK, NodeRuntime.DEFAULT_SNAPSHOT_EVERY, () -> now, NodeRuntime.Observer.NONE));
    }
    for (int tick = 0; tick < 4 * ELECTION_TICKS && !nodes.get(N1).coreState().isLeader(); tick++) {
      now += TICK.toNanos();
      nodes.get(N1).runOnce(true);
      deliverAll();
    }
    assertTrue(nodes.get(N1).coreState().isLeader(), "n1 did not win an election it alone stood in");
    n1Calls.clear();
  }

  private void deliverAll() {
    while (!inFlight.isEmpty()) {
      Message message = inFlight.remove(0);
      nodes.get(message.to()).deliver(message);
      nodes.get(message.to()).runOnce(false);
    }
  }

  @Test
  @DisplayName("a batch of writes is saved, synced once, then sent as one append per follower")
  void aBatchSyncsOnceAndSendsTheLastAppendOnly() {
    int syncsBefore = n1Store.syncs;
    List<CompletableFuture<NodeReply>> replies = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      replies.add(nodes.get(N1).write(new ClientCommand("c", i, new Operation.Put("k", "v" + i))));
    }
    nodes.get(N1).runOnce(false);

    assertEquals(syncsBefore + 1, n1Store.syncs, "five writes in one batch share one sync");
    List<Message> appends = inFlight.stream().filter(Message.AppendEntries.class::isInstance).toList();
    assertEquals(List.of(N2, N3), appends.stream().map(Message::to).sorted().toList(), "one append per follower: " + appends);
    appends.forEach(append -> assertEquals(5, ((Message.AppendEntries) append).entries().size(), "the last append carries all five"));
    int sync = n1Calls.indexOf("sync");
    assertTrue(sync > n1Calls.lastIndexOf("save") && sync < n1Calls.indexOf("send AppendEntries to n2"), n1Calls.toString());
    assertTrue(replies.stream().noneMatch(CompletableFuture::isDone), "nothing is answered before a majority holds the entries");

    deliverAll();
    replies.forEach(reply -> assertInstanceOf(NodeReply.Answered.class, reply.getNow(null)));
  }

  @Test
  @DisplayName("a transfer to a silent member is refused exactly when three election timeouts have passed on the node's clock")
  void aTransferGivesUpAtItsDeadline() {
    CompletableFuture<NodeReply> transfer = nodes.get(N1).transferLeadership(N2);
    nodes.get(N1).runOnce(false);
    inFlight.clear(); // n2 never hears of it
    long deadline = now + 3L * ELECTION_TICKS * TICK.toNanos();

    now = deadline;
    nodes.get(N1).runOnce(false);
    assertFalse(transfer.isDone(), "refused before its deadline: " + transfer.getNow(null));

    now = deadline + 1;
    nodes.get(N1).runOnce(false);
    NodeReply reply = transfer.getNow(null);
    assertInstanceOf(NodeReply.Refused.class, reply);
    assertTrue(((NodeReply.Refused) reply).reason().contains("within three election timeouts"), reply.toString());
  }

  @Test
  @DisplayName("a node with its own thread cannot also be driven")
  void aThreadedNodeRefusesToBeDriven() {
    NodeConfig config = new NodeConfig(N1, List.of(N1), ELECTION_TICKS, 2, 64, 1);
    NodeRuntime threaded = NodeRuntime.start(config, new InMemoryDurableStore(), new InMemoryNetwork(), TICK);
    try {
      assertThrows(IllegalStateException.class, () -> threaded.runOnce(false));
      assertThrows(IllegalStateException.class, threaded::coreState);
    } finally {
      threaded.stop();
    }
  }
}
