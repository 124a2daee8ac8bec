package com.example.raft.simulation;

import com.example.raft.core.KvStateMachine;
import com.example.raft.core.RaftCore;
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
import com.example.raft.data.Snapshot;
import com.example.raft.data.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One deterministic run of a whole cluster, driven by a seed: a scheduler picks, step by step,
 * which node ticks, which in-flight message is delivered (any of them: reordering and delay),
 * lost or duplicated, when the network partitions and heals, when a node crashes (keeping only
 * its durable state) and restarts, and when clients write or read. After every step the {@link
 * SafetyChecker} checks the paper's safety properties; the first violation ends the run. The
 * clients' invocations and answers are recorded, and the whole history must be linearizable
 * ({@link LinearizabilityChecker}).
 *
 * <p>Everything random comes from one {@link SplittableRandom} seeded with the run's seed and the
 * cluster keeps only ordered collections, so a seed replays exactly.
 */
final class ClusterSimulation {

  /** Scheduler moves of chaos, then at most this many calm moves to prove the cluster still makes progress. */
  static final int CHAOS_STEPS = 2_000;
  static final int CALM_STEP_LIMIT = 4_000;
  private static final int PROBE_RETRY_MOVES = 500;

  private static final int ELECTION_TICKS = 10;
  private static final int HEARTBEAT_TICKS = 2;
  private static final String[] KEYS = {"a", "b", "c"};

  /** The outcome of a run: how many steps it took and how many client writes were committed. */
  record Outcome(
      long steps, long committedWrites, long snapshotInstalls, long transfers, long membershipChanges,
      Optional<String> violation, List<String> recentEvents) {}

  private static final class Node {
    final NodeConfig config;
    RaftState state;
    DurableState disk;
    boolean up = true;
    long pausedUntilMove;
    KvState store = KvState.EMPTY;
    long applied;

    Node(NodeConfig config, DurableState disk) {
      this.config = config;
      this.disk = disk;
      this.state = RaftCore.restart(config, disk);
      this.store = disk.log().snapshot().state();
      this.applied = disk.log().snapshot().lastIndex();
    }
  }

  private static final class Client {
    final String id;
    long sequence;
    Optional<ClientCommand> outstanding = Optional.empty();

    Client(String id) {
      this.id = id;
    }
  }

  private final SplittableRandom random;
  private final Map<NodeId, Node> nodes = new TreeMap<>();
  /** Every node, voting member or not: the initial members and one spare that membership changes may add. */
  private final List<NodeId> allNodes;
  private final int initialSize;
  private final List<Message> inFlight = new ArrayList<>();
  private final Map<NodeId, Integer> partitionOf = new TreeMap<>();
  private final List<Client> clients = new ArrayList<>();
  private final Map<Long, Long> readMustSee = new TreeMap<>();
  /** The client history for the linearizability check: when each write was first sent, and its first answer. */
  private final Map<ClientCommand, Long> writeInvokedAt = new LinkedHashMap<>();
  private final Map<ClientCommand, LinearizabilityChecker.Op> writeAnswered = new LinkedHashMap<>();
  private final Map<Long, String> readKey = new TreeMap<>();
  private final Map<Long, Long> readInvokedAt = new TreeMap<>();
  private final List<LinearizabilityChecker.Op> readsAnswered = new ArrayList<>();
  private final SafetyChecker checker = new SafetyChecker();
  private final Deque<String> recentEvents = new ArrayDeque<>();
  private long nextRequestId = 1;
  private long installs;
  private long timeoutNows;
  private final java.util.Set<Long> membershipChangesApplied = new java.util.TreeSet<>();
  private long steps;
  /** Scheduler moves so far: the simulation's notion of elapsed time, for pauses. */
  private long moves;
  private Optional<String> violation = Optional.empty();

  private ClusterSimulation(long seed, int nodeCount) {
    this.random = new SplittableRandom(seed);
    List<NodeId> ids = new ArrayList<>();
    for (int i = 1; i <= nodeCount; i++) {
      ids.add(NodeId.of("n" + i));
    }
    List<NodeId> initial = List.copyOf(ids);
    this.initialSize = initial.size();
    ids.add(NodeId.of("n" + (nodeCount + 1)));
    this.allNodes = List.copyOf(ids);
    for (NodeId id : allNodes) {
      NodeConfig config = new NodeConfig(id, initial, ELECTION_TICKS, HEARTBEAT_TICKS, 1 + random.nextInt(8), random.nextLong());
      nodes.put(id, new Node(config, DurableState.EMPTY));
      partitionOf.put(id, 0);
    }
    for (int i = 1; i <= 3; i++) {
      clients.add(new Client("client-" + i));
    }
  }

  /** Runs one seed on a cluster of {@code nodeCount} nodes. */
  static Outcome run(long seed, int nodeCount) {
    ClusterSimulation simulation = new ClusterSimulation(seed, nodeCount);
    simulation.chaos();
    if (simulation.violation.isEmpty()) {
      simulation.calm();
    }
    if (simulation.violation.isEmpty()) {
      simulation.checkExactlyOnce();
    }
    if (simulation.violation.isEmpty()) {
      simulation.checkLinearizable();
    }
    long writes = simulation.checker.committedEntries().stream()
        .filter(entry -> entry.command() instanceof ClientCommand)
        .count();
    return new Outcome(simulation.steps, writes, simulation.installs, simulation.timeoutNows,
        simulation.membershipChangesApplied.size(), simulation.violation, List.copyOf(simulation.recentEvents));
  }

  private void chaos() {
    for (int i = 0; i < CHAOS_STEPS && violation.isEmpty(); i++) {
      moves++;
      int roll = random.nextInt(1000);
      if (roll < 450) {
        deliverRandomMessage(true);
      } else if (roll < 500) {
        dropRandomMessage();
      } else if (roll < 766) {
        tick(randomUpNode());
      } else if (roll < 772) {
        changeMembership();
      } else if (roll < 780) {
        transferLeadership();
      } else if (roll < 790) {
        compactRandomNode();
      } else if (roll < 800) {
        crashDuringStep();
      } else if (roll < 880) {
        clientWrite();
      } else if (roll < 940) {
        clientRead();
      } else if (roll < 955) {
        partition();
      } else if (roll < 975) {
        healPartition();
      } else if (roll < 982) {
        crashRandomNode();
      } else if (roll < 995) {
        restartRandomNode();
      } else {
        pauseRandomNode();
      }
    }
  }

  /**
   * Heals everything, then runs with a reliable network until a brand-new write is committed:
   * whatever the chaos did, the cluster must recover and make progress.
   */
  private void calm() {
    for (NodeId id : allNodes) {
      partitionOf.put(id, 0);
      nodes.get(id).pausedUntilMove = 0;
      if (!nodes.get(id).up) {
        restart(id);
      }
    }
    event("calm: network healed, every node up");
    ClientCommand probe = new ClientCommand("prober", 1, new Operation.Put("probe", "p"));
    String submittedTo = "";
    int submittedAt = 0;
    for (int i = 0; i < CALM_STEP_LIMIT && violation.isEmpty(); i++) {
      if (isCommitted(probe)) {
        return;
      }
      int roll = random.nextInt(100);
      if (roll < 70 && !inFlight.isEmpty()) {
        deliverRandomMessage(false);
      } else if (roll < 97) {
        tick(randomUpNode());
      } else {
        // Like a real client: submit once to each new leader, and again only after a timeout
        // (a leader in the middle of a hand-over redirects writes instead of taking them).
        Optional<NodeId> leader = currentLeader();
        String leaderAndTerm = leader.map(id -> id + "@" + nodes.get(id).state.currentTerm()).orElse("");
        if (leader.isPresent() && (!leaderAndTerm.equals(submittedTo) || i - submittedAt > PROBE_RETRY_MOVES)) {
          submittedTo = leaderAndTerm;
          submittedAt = i;
          event("probe write at " + leaderAndTerm);
          step(leader.get(), new Input.ClientWrite(nextRequestId++, probe));
        }
      }
    }
    if (violation.isEmpty()) {
      violation = Optional.of("no progress: a healed cluster did not commit a new write within "
          + CALM_STEP_LIMIT + " scheduler moves; cluster: " + describeCluster());
    }
  }

  private boolean isCommitted(ClientCommand command) {
    return checker.committedEntries().stream().anyMatch(entry -> entry.command().equals(command));
  }

  /** The recorded client history must be linearizable (Wing & Gong search, per key). */
  private void checkLinearizable() {
    List<LinearizabilityChecker.Op> history = new ArrayList<>(readsAnswered);
    writeInvokedAt.forEach((command, invokedAt) -> history.add(writeAnswered.getOrDefault(command,
        LinearizabilityChecker.Op.write(command.operation(), invokedAt, LinearizabilityChecker.NO_RESPONSE, Optional.empty()))));
    LinearizabilityChecker.check(history).ifPresent(found -> violation = Optional.of("linearizability: " + found));
  }

  /** When a request injected now is handled: during the next step (responses carry odd times, so they order strictly). */
  private long invocationTime() {
    return 2 * (steps + 1);
  }

  private void checkExactlyOnce() {
    for (Client client : clients) {
      for (Map.Entry<Long, List<KvResult>> request : checker.answersFor(client.id).entrySet()) {
        List<KvResult> fresh = request.getValue().stream().filter(answer -> !(answer instanceof KvResult.StaleSequence)).distinct().toList();
        if (fresh.size() > 1) {
          violation = Optional.of("exactly once: " + client.id + " request " + request.getKey() + " got different answers " + fresh);
          return;
        }
      }
    }
  }

  // ---- the scheduler's moves ----

  private void deliverRandomMessage(boolean mayDuplicate) {
    if (inFlight.isEmpty()) {
      return;
    }
    int pick = random.nextInt(inFlight.size());
    Message message = inFlight.get(pick);
    if (isPaused(message.to())) {
      return; // it waits in flight until the receiver resumes
    }
    if (mayDuplicate && random.nextInt(100) < 5) {
      event("duplicate " + describe(message));
    } else {
      inFlight.remove(pick);
    }
    Node receiver = nodes.get(message.to());
    if (!receiver.up || !partitionOf.get(message.from()).equals(partitionOf.get(message.to()))) {
      event("lost " + describe(message));
      return;
    }
    event("deliver " + describe(message));
    step(message.to(), new Input.Receive(message));
  }

  private void dropRandomMessage() {
    if (!inFlight.isEmpty()) {
      event("drop " + describe(inFlight.remove(random.nextInt(inFlight.size()))));
    }
  }

  private void tick(Optional<NodeId> node) {
    node.ifPresent(id -> step(id, new Input.Tick()));
  }

  private void clientWrite() {
    Client client = clients.get(random.nextInt(clients.size()));
    if (client.outstanding.isPresent() && isCommitted(client.outstanding.get())) {
      client.outstanding = Optional.empty();
    }
    ClientCommand command = client.outstanding.orElseGet(() -> new ClientCommand(client.id, ++client.sequence, randomOperation()));
    client.outstanding = Optional.of(command);
    writeInvokedAt.putIfAbsent(command, invocationTime());
    Optional<NodeId> target = random.nextInt(100) < 70 ? anyBelievedLeader() : Optional.empty();
    Optional<NodeId> node = target.or(this::randomUpNode);
    node.ifPresent(id -> {
      event("write " + command + " at " + id);
      step(id, new Input.ClientWrite(nextRequestId++, command));
    });
  }

  private void clientRead() {
    Optional<NodeId> node = random.nextInt(100) < 70 ? anyBelievedLeader() : randomUpNode();
    node.ifPresent(id -> {
      long requestId = nextRequestId++;
      // Linearizability: the read must reflect every write committed anywhere before it started.
      readMustSee.put(requestId, checker.committedCount());
      String key = KEYS[random.nextInt(KEYS.length)];
      readKey.put(requestId, key);
      readInvokedAt.put(requestId, invocationTime());
      event("read " + requestId + " at " + id);
      step(id, new Input.ClientRead(requestId, key));
    });
  }

  private Operation randomOperation() {
    String key = KEYS[random.nextInt(KEYS.length)];
    String value = Integer.toString(random.nextInt(5));
    return switch (random.nextInt(4)) {
      case 0, 1 -> new Operation.Put(key, value);
      case 2 -> new Operation.Delete(key);
      default -> new Operation.CompareAndSet(key, Integer.toString(random.nextInt(5)), value);
    };
  }

  private void partition() {
    StringBuilder groups = new StringBuilder("partition");
    for (NodeId id : allNodes) {
      int group = random.nextInt(2);
      partitionOf.put(id, group);
      groups.append(' ').append(id).append('=').append(group);
    }
    event(groups.toString());
  }

  private void healPartition() {
    allNodes.forEach(id -> partitionOf.put(id, 0));
    event("heal");
  }

  /**
   * Freezes a node for a while, as a long garbage-collection pause would: it neither ticks nor
   * handles messages (they wait in flight), then resumes believing whatever it believed before —
   * the classic way a deposed leader comes to serve a stale read.
   */
  private void pauseRandomNode() {
    randomUpNode().ifPresent(id -> {
      long pause = 100 + random.nextInt(900);
      nodes.get(id).pausedUntilMove = moves + pause;
      event("pause " + id + " for " + pause + " moves");
    });
  }

  private void crashRandomNode() {
    long down = nodes.values().stream().filter(node -> !node.up).count();
    if (down + 1 > (allNodes.size() - 1) / 2) {
      return; // keep a majority alive, or the run can only test waiting
    }
    randomUpNode().ifPresent(id -> {
      nodes.get(id).up = false;
      event("crash " + id);
    });
  }

  /**
   * An operator asks a node that believes it leads to add a non-member or remove a member, keeping
   * the cluster within one server of its starting size; the core refuses what it must (a change
   * while another is uncommitted, one before the leader committed in its term).
   */
  private void changeMembership() {
    anyBelievedLeader().ifPresent(id -> {
      List<NodeId> current = nodes.get(id).state.members();
      List<NodeId> others = allNodes.stream().filter(node -> !current.contains(node)).toList();
      boolean add = !others.isEmpty() && current.size() <= initialSize && (current.size() < initialSize || random.nextBoolean());
      List<NodeId> next = new ArrayList<>(current);
      if (add) {
        next.add(others.get(random.nextInt(others.size())));
      } else if (current.size() >= initialSize) {
        next.remove(random.nextInt(next.size()));
      } else {
        return;
      }
      event("change members at " + id + " from " + current + " to " + next);
      step(id, new Input.ChangeMembership(nextRequestId++, next));
    });
  }

  /** An operator asks a node that believes it leads to hand leadership to a random other member. */
  private void transferLeadership() {
    anyBelievedLeader().ifPresent(id -> {
      List<NodeId> peers = nodes.get(id).state.peers();
      if (peers.isEmpty()) {
        return;
      }
      NodeId target = peers.get(random.nextInt(peers.size()));
      event("transfer leadership from " + id + " to " + target);
      step(id, new Input.TransferLeadership(nextRequestId++, target));
    });
  }

  /** A node snapshots its store at what it has applied and hands it to its core to compact the log. */
  private void compactRandomNode() {
    randomUpNode().ifPresent(id -> {
      Node node = nodes.get(id);
      if (node.applied > node.state.log().snapshot().lastIndex()) {
        Snapshot snapshot = new Snapshot(node.applied, node.state.log().termAt(node.applied), node.store);
        event("compact " + id + " up to " + node.applied);
        step(id, new Input.SnapshotTaken(snapshot));
      }
    });
  }

  //! A crash in the middle of a step. The runtime saves a batch's records, syncs once, and only
  //! then lets anything out (group commit), so a crash before the sync loses the batch's
  //! messages and answers together with some suffix of its records: none of them reached the
  //! disk (unsynced writes lost), all but the last did (a torn last record, which recovery cuts
  //! off), or all did (a crash just after the sync). The simulation steps the node, keeps that
  //! prefix of the step's persist effects on its disk, and discards everything else the step did.
  //! A snapshot is synced as it is saved, so it and everything before it always survive.

  private void crashDuringStep() {
    long down = nodes.values().stream().filter(node -> !node.up).count();
    if (down + 1 > (allNodes.size() - 1) / 2) {
      return;
    }
    randomUpNode().ifPresent(id -> {
      Node node = nodes.get(id);
      List<Message> forIt = inFlight.stream().filter(message -> message.to().equals(id)).toList();
      Input input = new Input.Tick();
      if (!forIt.isEmpty() && random.nextBoolean()) {
        Message message = forIt.get(random.nextInt(forIt.size()));
        inFlight.remove(message);
        input = new Input.Receive(message);
      }
      List<Effect> persists = RaftCore.step(node.state, input).effects().stream()
          .filter(effect -> effect instanceof Effect.PersistHardState || effect instanceof Effect.PersistSnapshot
              || effect instanceof Effect.PersistEntries)
          .toList();
      int mustKeep = 0;
      for (int i = 0; i < persists.size(); i++) {
        if (persists.get(i) instanceof Effect.PersistSnapshot) {
          mustKeep = i + 1;
        }
      }
      int fault = random.nextInt(3);
      int kept = switch (fault) {
        case 0 -> 0;
        case 1 -> Math.max(0, persists.size() - 1);
        default -> persists.size();
      };
      kept = Math.max(kept, mustKeep);
      for (Effect effect : persists.subList(0, kept)) {
        node.disk = persisted(node.disk, effect);
      }
      node.up = false;
      String what = switch (fault) {
        case 0 -> "losing its unsynced writes";
        case 1 -> "tearing its last record";
        default -> "after its sync, before sending";
      };
      event("crash " + id + " mid-step " + what + " (" + kept + " of " + persists.size() + " records kept)");
    });
  }

  private static DurableState persisted(DurableState disk, Effect effect) {
    if (effect instanceof Effect.PersistHardState hard) {
      return new DurableState(hard.term(), hard.votedFor(), disk.log());
    }
    if (effect instanceof Effect.PersistSnapshot snapshot) {
      return new DurableState(disk.currentTerm(), disk.votedFor(), disk.log().withSnapshot(snapshot.snapshot()));
    }
    Effect.PersistEntries entries = (Effect.PersistEntries) effect;
    return new DurableState(disk.currentTerm(), disk.votedFor(), disk.log().replaceFrom(entries.fromIndex(), entries.entries()));
  }

  private void restartRandomNode() {
    List<NodeId> down = allNodes.stream().filter(id -> !nodes.get(id).up).toList();
    if (!down.isEmpty()) {
      restart(down.get(random.nextInt(down.size())));
    }
  }

  /** A crashed node comes back with only what it persisted: term, vote and log. */
  private void restart(NodeId id) {
    Node old = nodes.get(id);
    nodes.put(id, new Node(old.config, old.disk));
    event("restart " + id + " from " + old.disk.log().lastIndex() + " entries, term " + old.disk.currentTerm());
  }

  private boolean isPaused(NodeId id) {
    return nodes.get(id).pausedUntilMove > moves;
  }

  private Optional<NodeId> randomUpNode() {
    List<NodeId> up = allNodes.stream().filter(id -> nodes.get(id).up && !isPaused(id)).toList();
    return up.isEmpty() ? Optional.empty() : Optional.of(up.get(random.nextInt(up.size())));
  }

  /** A node that believes it leads — possibly a deposed leader that has not noticed yet. */
  private Optional<NodeId> anyBelievedLeader() {
    List<NodeId> leaders = allNodes.stream()
        .filter(id -> nodes.get(id).up && !isPaused(id) && nodes.get(id).state.isLeader())
        .toList();
    return leaders.isEmpty() ? Optional.empty() : Optional.of(leaders.get(random.nextInt(leaders.size())));
  }

  private Optional<NodeId> currentLeader() {
    return allNodes.stream()
        .filter(id -> nodes.get(id).up && nodes.get(id).state.isLeader())
        .max((a, b) -> Long.compare(nodes.get(a).state.currentTerm(), nodes.get(b).state.currentTerm()));
  }

  // ---- one step, its effects, and the checks ----

  private void step(NodeId id, Input input) {
    steps++;
    Node node = nodes.get(id);
    long commitBefore = node.state.commitIndex();
    Step step = RaftCore.step(node.state, input);
    node.state = step.state();
    boolean sent = false;
    for (Effect effect : step.effects()) {
      if (effect instanceof Effect.PersistHardState || effect instanceof Effect.PersistSnapshot
          || effect instanceof Effect.PersistEntries) {
        fail(sent, "durability: " + id + " sent a message before persisting " + effect.getClass().getSimpleName());
        node.disk = persisted(node.disk, effect);
      } else if (effect instanceof Effect.RestoreSnapshot restore) {
        event("install snapshot on " + id + " up to " + restore.snapshot().lastIndex());
        node.store = restore.snapshot().state();
        node.applied = restore.snapshot().lastIndex();
        installs++;
      } else if (effect instanceof Effect.Send send) {
        sent = true;
        if (send.message() instanceof Message.TimeoutNow) {
          timeoutNows++;
        }
        inFlight.add(send.message());
      } else if (effect instanceof Effect.ApplyEntries apply) {
        for (LogEntry entry : apply.entries()) {
          if (entry.command() instanceof com.example.raft.data.Command.ChangeMembers) {
            membershipChangesApplied.add(entry.index());
          }
          KvStateMachine.Applied applied = KvStateMachine.apply(node.store, entry.command());
          node.store = applied.state();
          check(checker.stateMachineSafety(id, entry, node.applied + 1, applied.result()));
          node.applied = entry.index();
          if (entry.command() instanceof ClientCommand command && writeInvokedAt.containsKey(command)
              && !writeAnswered.containsKey(command)) {
            writeAnswered.put(command, LinearizabilityChecker.Op.write(
                command.operation(), writeInvokedAt.get(command), 2 * steps + 1, Optional.of(applied.result())));
          }
        }
      } else if (effect instanceof Effect.ServeRead read) {
        if (readInvokedAt.containsKey(read.requestId())) {
          readsAnswered.add(LinearizabilityChecker.Op.read(readKey.get(read.requestId()), readInvokedAt.get(read.requestId()),
              2 * steps + 1, KvStateMachine.read(node.store, read.key())));
        }
        long mustSee = readMustSee.getOrDefault(read.requestId(), 0L);
        fail(node.applied < mustSee, "linearizable read: " + id + " served read " + read.requestId()
            + " at applied index " + node.applied + ", but index " + mustSee + " was committed before the read began");
      }
    }
    fail(!node.disk.equals(node.state.durable()), "durability: " + id + "'s disk differs from its durable state");
    check(checker.electionSafety(node.state));
    if (node.state.commitIndex() != commitBefore) {
      check(checker.recordCommitted(node.state));
    }
    check(checker.leaderCompleteness(node.state));
    RaftLog log = node.state.log();
    for (Node other : nodes.values()) {
      if (other != node) {
        check(SafetyChecker.logMatching(id, log, other.config.self(), other.state.log()));
      }
    }
  }

  private void check(Optional<String> found) {
    if (violation.isEmpty() && found.isPresent()) {
      violation = found;
    }
  }

  private void fail(boolean condition, String message) {
    if (condition) {
      check(Optional.of(message));
    }
  }

  private void event(String description) {
    recentEvents.addLast("step " + steps + ": " + description);
    if (recentEvents.size() > 25) {
      recentEvents.removeFirst();
    }
  }

  private String describeCluster() {
    StringBuilder out = new StringBuilder();
    for (Node node : nodes.values()) {
      RaftState state = node.state;
      out.append("\n  ").append(state.self()).append(node.up ? "" : " (down)")
          .append(' ').append(state.role()).append(" term ").append(state.currentTerm())
          .append(" commit ").append(state.commitIndex()).append(" log ").append(state.log());
    }
    return out.append("\n  in flight: ").append(inFlight.size()).toString();
  }

  private static String describe(Message message) {
    String kind = message.getClass().getSimpleName();
    return kind + " " + message.from() + "->" + message.to() + " term " + message.term();
  }
}
