package com.example.raft.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.DurableState;
import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A hand-cranked cluster for core tests: no threads, no clock. The test decides which node ticks
 * and which in-flight messages are delivered or dropped; every effect is carried out the way a
 * runtime would (persist to a model disk, send to the in-flight list, apply to a model store).
 */
final class Harness {

  static final int ELECTION_TICKS = 10;

  /** One simulated node: its core state, what it persisted, and what it applied. */
  static final class Node {
    final NodeConfig config;
    RaftState state;
    DurableState disk;
    boolean up = true;
    KvState store = KvState.EMPTY;
    final List<LogEntry> applied = new ArrayList<>();
    final List<KvResult> answers = new ArrayList<>();
    final List<Effect> effects = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();

    Node(NodeConfig config, DurableState disk) {
      this.config = config;
      this.disk = disk;
      this.state = RaftCore.restart(config, disk);
      this.store = disk.log().snapshot().state();
    }
  }

  final Map<NodeId, Node> nodes = new TreeMap<>();
  final List<Message> inFlight = new ArrayList<>();
  final Set<NodeId> isolated = new TreeSet<>();
  private long nextRequestId = 1;

  /** {@code count} fresh nodes n1..nN. */
  static Harness fresh(int count) {
    return fresh(count, 100);
  }

  /** {@code count} fresh nodes sending at most {@code maxEntriesPerAppend} entries per message. */
  static Harness fresh(int count, int maxEntriesPerAppend) {
    Map<NodeId, DurableState> disks = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      disks.put(id(i), DurableState.EMPTY);
    }
    return fromDisks(disks, maxEntriesPerAppend);
  }

  /** Nodes restarted from the given durable states (a node's id is its key). */
  static Harness fromDisks(Map<NodeId, DurableState> unordered, int maxEntriesPerAppend) {
    Map<NodeId, DurableState> disks = new TreeMap<>(unordered); // same member order and seeds on every run
    Harness harness = new Harness();
    List<NodeId> members = List.copyOf(disks.keySet());
    long seed = 1;
    for (Map.Entry<NodeId, DurableState> disk : disks.entrySet()) {
      NodeConfig config = new NodeConfig(disk.getKey(), members, ELECTION_TICKS, 2, maxEntriesPerAppend, seed++);
      harness.nodes.put(disk.getKey(), new Node(config, disk.getValue()));
    }
    return harness;
  }

  /** {@code count} fresh members n1..nN and one fresh spare n(N+1) that is not a member (yet). */
  static Harness withSpare(int count) {
    Harness harness = new Harness();
    List<NodeId> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(id(i));
    }
    for (int i = 1; i <= count + 1; i++) {
      NodeConfig config = new NodeConfig(id(i), members, ELECTION_TICKS, 2, 100, i);
      harness.nodes.put(id(i), new Node(config, DurableState.EMPTY));
    }
    return harness;
  }

  static NodeId id(int number) {
    return NodeId.of("n" + number);
  }

  /** A log whose entries have the given terms (client puts of key "k" to the index). */
  static RaftLog logOfTerms(long... terms) {
    List<LogEntry> entries = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      long index = i + 1L;
      entries.add(new LogEntry(terms[i], index, put("w", index, "k", "v" + index)));
    }
    return RaftLog.of(entries);
  }

  static ClientCommand put(String client, long sequence, String key, String value) {
    return new ClientCommand(client, sequence, new Operation.Put(key, value));
  }

  Node node(NodeId id) {
    return nodes.get(id);
  }

  RaftState state(NodeId id) {
    return nodes.get(id).state;
  }

  RoleName role(NodeId id) {
    return state(id).role().name();
  }

  /** Steps one node with one input and carries out its effects; returns the step. */
  Step step(NodeId id, Input input) {
    Node node = nodes.get(id);
    Step step = RaftCore.step(node.state, input);
    node.state = step.state();
    node.effects.addAll(step.effects());
    node.steps.add(step);
    for (Effect effect : step.effects()) {
      carryOut(node, effect);
    }
    return step;
  }

  private void carryOut(Node node, Effect effect) {
    if (effect instanceof Effect.PersistHardState hard) {
      node.disk = new DurableState(hard.term(), hard.votedFor(), node.disk.log());
    } else if (effect instanceof Effect.PersistEntries entries) {
      node.disk = new DurableState(
          node.disk.currentTerm(), node.disk.votedFor(), node.disk.log().replaceFrom(entries.fromIndex(), entries.entries()));
    } else if (effect instanceof Effect.PersistSnapshot persist) {
      node.disk = new DurableState(node.disk.currentTerm(), node.disk.votedFor(), node.disk.log().withSnapshot(persist.snapshot()));
    } else if (effect instanceof Effect.RestoreSnapshot restore) {
      node.store = restore.snapshot().state();
    } else if (effect instanceof Effect.Send send) {
      inFlight.add(send.message());
    } else if (effect instanceof Effect.ApplyEntries apply) {
      for (LogEntry entry : apply.entries()) {
        node.applied.add(entry);
        KvStateMachine.Applied applied = KvStateMachine.apply(node.store, entry.command());
        node.store = applied.state();
        node.answers.add(applied.result());
      }
    }
  }

  /** The node's store as a snapshot at what it has applied, handed to its core to compact the log. */
  Step compact(NodeId id) {
    Node node = nodes.get(id);
    long applied = node.state.lastApplied();
    return step(id, new Input.SnapshotTaken(new com.example.raft.data.Snapshot(applied, node.state.log().termAt(applied), node.store)));
  }

  Step tick(NodeId id) {
    return step(id, new Input.Tick());
  }

  void tick(NodeId id, int times) {
    for (int i = 0; i < times; i++) {
      tick(id);
    }
  }

  /** Ticks {@code id} until it is in {@code role}; fails after a generous bound. */
  void tickUntil(NodeId id, RoleName role) {
    for (int i = 0; i < 10 * ELECTION_TICKS && role(id) != role; i++) {
      tick(id);
    }
    assertTrue(role(id) == role, id + " never became " + role);
  }

  Step write(NodeId id, ClientCommand command) {
    return step(id, new Input.ClientWrite(nextRequestId++, command));
  }

  long read(NodeId id, String key) {
    long requestId = nextRequestId++;
    step(id, new Input.ClientRead(requestId, key));
    return requestId;
  }

  /**
   * Delivers in-flight messages matching {@code which}, oldest first, including the ones those
   * deliveries cause, until none match; returns how many were delivered. Messages to a crashed
   * node, or to or from an isolated one, are lost; the others stay in flight.
   */
  int deliver(Predicate<Message> which) {
    int delivered = 0;
    boolean progress = true;
    while (progress) {
      progress = false;
      Iterator<Message> messages = inFlight.iterator();
      while (messages.hasNext()) {
        Message message = messages.next();
        if (which.test(message)) {
          messages.remove();
          boolean cutOff = isolated.contains(message.from()) || isolated.contains(message.to());
          if (nodes.get(message.to()).up && !cutOff) {
            step(message.to(), new Input.Receive(message));
            delivered++;
          }
          progress = true;
          break;
        }
      }
      assertTrue(delivered < 100_000, "messages never quiesce");
    }
    return delivered;
  }

  int deliverAll() {
    return deliver(message -> true);
  }

  /** Loses every in-flight message matching {@code which}. */
  void drop(Predicate<Message> which) {
    inFlight.removeIf(which);
  }

  /** Ticks {@code id} and delivers everything after each tick, until it leads. */
  void elect(NodeId id) {
    for (int i = 0; i < 10 * ELECTION_TICKS && role(id) != RoleName.LEADER; i++) {
      tick(id);
      deliverAll();
    }
    assertTrue(role(id) == RoleName.LEADER, id + " was not elected");
  }

  /**
   * Ticks {@code id} until it leads, delivering only election traffic: the new leader's first
   * AppendEntries (carrying its no-op) are left in flight.
   */
  void electByVotesOnly(NodeId id) {
    for (int i = 0; i < 10 * ELECTION_TICKS && role(id) != RoleName.LEADER; i++) {
      tick(id);
      deliver(message -> message instanceof Message.VoteRequest || message instanceof Message.VoteResponse);
    }
    assertTrue(role(id) == RoleName.LEADER, id + " was not elected");
  }

  /**
   * An election timeout passes at {@code followers} without word from a leader, so they no longer
   * refuse votes; anything they said meanwhile (their own pre-votes) is lost.
   */
  void expireLease(NodeId... followers) {
    for (NodeId follower : followers) {
      tick(follower, ELECTION_TICKS);
      NodeId quiet = follower;
      drop(message -> message.from().equals(quiet));
    }
  }

  /** Cuts {@code id} off the network: messages to or from it are lost until {@link #heal}. */
  void isolate(NodeId id) {
    isolated.add(id);
  }

  void heal(NodeId id) {
    isolated.remove(id);
  }

  /** The effects {@code id} produced of one type, over its whole life so far. */
  <T extends Effect> List<T> effectsOf(NodeId id, Class<T> type) {
    return nodes.get(id).effects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  void crash(NodeId id) {
    Node node = nodes.get(id);
    node.up = false;
    inFlight.removeIf(message -> message.to().equals(id) || message.from().equals(id));
  }

  /** Restarts a crashed node from its disk: volatile state and its store are gone. */
  void restart(NodeId id) {
    Node old = nodes.get(id);
    Node fresh = new Node(old.config, old.disk);
    nodes.put(id, fresh);
  }

  static Predicate<Message> from(NodeId id) {
    return message -> message.from().equals(id);
  }

  static Predicate<Message> to(NodeId id) {
    return message -> message.to().equals(id);
  }

  static Predicate<Message> between(NodeId a, NodeId b) {
    return from(a).and(to(b)).or(from(b).and(to(a)));
  }

  /** The effects of one step, of one type. */
  static <T extends Effect> List<T> effects(Step step, Class<T> type) {
    return step.effects().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The messages of one step, of one type. */
  static <T extends Message> List<T> sent(Step step, Class<T> type) {
    return step.effects().stream()
        .filter(Effect.Send.class::isInstance)
        .map(effect -> ((Effect.Send) effect).message())
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  static Optional<NodeId> none() {
    return Optional.empty();
  }
}
