package com.example.raft.simulation;

import com.example.raft.core.RaftCore;
import com.example.raft.data.ClientCommand;
import com.example.raft.data.DurableState;
import com.example.raft.data.KvResult;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RaftState;
import com.example.raft.data.Snapshot;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.NodeRuntime;
import com.example.raft.worker.Transport;
import java.time.Duration;
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
 * One deterministic run of a whole cluster of real {@link NodeRuntime}s, driven by a seed. Each
 * node is {@linkplain NodeRuntime#driven driven}: it has no thread, its clock is the scheduler's,
 * its disk is a {@link SimulatedDisk} and its transport puts what it sends into the simulation's
 * set of messages in flight. A scheduler picks, move by move, which node ticks, which in-flight
 * message is delivered (any of them: reordering and delay), lost or duplicated, when the network
 * partitions and heals, when a node crashes (keeping only what it synced, some of it in the
 * middle of a batch) and restarts, and when clients write or read. Requests and messages queue
 * in the node and wait for its next pass of the loop, so several share one batch, one sync and
 * the merging of appends, as they do on a busy node.
 *
 * <p>After every pass the {@link SafetyChecker} checks the paper's safety properties; every send
 * is checked against the sender's disk (nothing may leave while a save is unsynced); the first
 * violation ends the run. Clients talk to the nodes through {@link NodeRuntime#write}, {@link
 * NodeRuntime#read} and their futures, and what the futures answer is the history that must be
 * linearizable ({@link LinearizabilityChecker}).
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
  private static final Duration TICK = Duration.ofMillis(1);
  /** The scheduler's clock runs this long per move; a node ticks about once in 15 moves. */
  private static final long NANOS_PER_MOVE = TICK.toNanos() / 16;
  private static final String[] KEYS = {"a", "b", "c"};

  /** The outcome of a run: how many steps it took and how many client writes were committed. */
  record Outcome(
      long steps, long committedWrites, long snapshotInstalls, long transfers, long membershipChanges,
      Optional<String> violation, List<String> recentEvents) {}

  /** A mutation of the runtime, applied through a seam, that the simulation's checks must catch. */
  enum Mutation {
    NONE,
    /** The runtime's syncs never reach the disk: replies leave with their saves unsynced. */
    SKIP_SYNC
  }

  private final class Node implements NodeRuntime.Observer, Transport {
    final NodeConfig config;
    final long snapshotEvery;
    final SimulatedDisk disk;
    NodeRuntime runtime;
    /** The node's Raft state after its last pass; after a crash, what it restarts from. */
    RaftState state;
    boolean up = true;
    long pausedUntilMove;
    long applied;

    Node(NodeConfig config, long snapshotEvery) {
      this.config = config;
      this.snapshotEvery = snapshotEvery;
      this.disk = new SimulatedDisk();
      if (mutation == Mutation.SKIP_SYNC) {
        disk.forgetSyncs();
      }
      boot();
    }

    void boot() {
      runtime = NodeRuntime.driven(config, disk, this, TICK, snapshotEvery, () -> moves * NANOS_PER_MOVE, this);
      state = runtime.coreState();
      applied = state.log().snapshot().lastIndex();
      up = true;
    }

    @Override
    public void applied(LogEntry entry, KvResult result) {
      if (entry.command() instanceof com.example.raft.data.Command.ChangeMembers) {
        membershipChangesApplied.add(entry.index());
      }
      check(checker.recordCommitted(config.self(), runtime.coreState().currentTerm(), entry));
      check(checker.stateMachineSafety(config.self(), entry, applied + 1, result));
      applied = entry.index();
    }

    @Override
    public void restored(Snapshot snapshot) {
      event("install snapshot on " + config.self() + " up to " + snapshot.lastIndex());
      applied = snapshot.lastIndex();
      installs++;
    }

    @Override
    public void send(Message message) {
      int unsynced = disk.unsyncedSaves();
      fail(unsynced > 0, "durability: " + config.self() + " sent " + describe(message) + " while " + unsynced
          + " of its saves were not synced");
      check(claimsBeyondDisk(message, disk.synced()).map(claim -> "durability: " + config.self() + " sent " + describe(message)
          + " " + claim));
      if (message instanceof Message.TimeoutNow) {
        timeoutNows++;
      }
      inFlight.add(message);
    }

    @Override
    public boolean canReach(NodeId node) {
      return nodes.containsKey(node);
    }
  }

  /**
   * What {@code message} claims that {@code disk} does not back: a term the node has not synced
   * (pre-vote messages speak of a term not yet entered), a vote it has not synced, entries it
   * acknowledges but has not synced.
   */
  private static Optional<String> claimsBeyondDisk(Message message, DurableState disk) {
    boolean preVote = message instanceof Message.VoteRequest request && request.preVote()
        || message instanceof Message.VoteResponse response && response.preVote();
    if (!preVote && message.term() > disk.currentTerm()) {
      return Optional.of("but its disk holds term " + disk.currentTerm());
    }
    if (message instanceof Message.VoteResponse vote && vote.granted() && !vote.preVote()
        && !(disk.currentTerm() == vote.term() && disk.votedFor().equals(Optional.of(vote.to())))) {
      return Optional.of("but its disk holds a vote for " + disk.votedFor() + " in term " + disk.currentTerm());
    }
    if (message instanceof Message.AppendResponse ack && ack.success() && disk.log().lastIndex() < ack.matchIndex()) {
      return Optional.of("but its disk holds entries up to " + disk.log().lastIndex() + " only");
    }
    return Optional.empty();
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
  private final Mutation mutation;
  private final Map<NodeId, Node> nodes = new TreeMap<>();
  /** Every node, voting member or not: the initial members and one spare that membership changes may add. */
  private final List<NodeId> allNodes;
  private final int initialSize;
  private final List<Message> inFlight = new ArrayList<>();
  private final Map<NodeId, Integer> partitionOf = new TreeMap<>();
  private final List<Client> clients = new ArrayList<>();
  /** The client history for the linearizability check: when each write was first sent, and its first answer. */
  private final Map<ClientCommand, Long> writeInvokedAt = new LinkedHashMap<>();
  private final Map<ClientCommand, LinearizabilityChecker.Op> writeAnswered = new LinkedHashMap<>();
  private final List<LinearizabilityChecker.Op> readsAnswered = new ArrayList<>();
  private final SafetyChecker checker = new SafetyChecker();
  private final Deque<String> recentEvents = new ArrayDeque<>();
  /** The history's clock: every invocation and every answer gets the next tick of it. */
  private long historyClock;
  private long installs;
  private long timeoutNows;
  private final java.util.Set<Long> membershipChangesApplied = new java.util.TreeSet<>();
  private long steps;
  /** Scheduler moves so far: the simulation's notion of elapsed time, for pauses and the nodes' clocks. */
  private long moves;
  private Optional<String> violation = Optional.empty();

  private ClusterSimulation(long seed, int nodeCount, Mutation mutation) {
    this.random = new SplittableRandom(seed);
    this.mutation = mutation;
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
      nodes.put(id, new Node(config, 3 + random.nextInt(10)));
      partitionOf.put(id, 0);
    }
    for (int i = 1; i <= 3; i++) {
      clients.add(new Client("client-" + i));
    }
  }

  /** Runs one seed on a cluster of {@code nodeCount} nodes. */
  static Outcome run(long seed, int nodeCount) {
    return run(seed, nodeCount, Mutation.NONE);
  }

  /** Runs one seed on a cluster of {@code nodeCount} nodes whose runtimes carry {@code mutation}. */
  static Outcome run(long seed, int nodeCount, Mutation mutation) {
    ClusterSimulation simulation = new ClusterSimulation(seed, nodeCount, mutation);
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
        deliverRandomMessages(true);
      } else if (roll < 500) {
        dropRandomMessage();
      } else if (roll < 776) {
        tick(randomUpNode());
      } else if (roll < 782) {
        changeMembership();
      } else if (roll < 790) {
        transferLeadership();
      } else if (roll < 800) {
        crashDuringBatch();
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
      moves++;
      if (isCommitted(probe)) {
        return;
      }
      int roll = random.nextInt(100);
      if (roll < 70 && !inFlight.isEmpty()) {
        deliverRandomMessages(false);
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
          nodes.get(leader.get()).runtime.write(probe);
          pass(leader.get(), false);
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

  private long now() {
    return ++historyClock;
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

  /**
   * Delivers a random in-flight message to its node and runs the node's loop once; now and then
   * first queues one or two more messages for the same node, so they share the pass's batch.
   */
  private void deliverRandomMessages(boolean mayDuplicate) {
    if (inFlight.isEmpty()) {
      return;
    }
    Message message = inFlight.get(random.nextInt(inFlight.size()));
    NodeId to = message.to();
    if (isPaused(to)) {
      return; // it waits in flight until the receiver resumes
    }
    boolean delivered = deliver(message, mayDuplicate);
    int more = random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < more; i++) {
      List<Message> forIt = inFlight.stream().filter(other -> other.to().equals(to)).toList();
      if (forIt.isEmpty()) {
        break;
      }
      delivered |= deliver(forIt.get(random.nextInt(forIt.size())), mayDuplicate);
    }
    if (delivered) {
      pass(to, false);
    }
  }

  /** Hands {@code message} to its node's queue, unless the network loses it; whether it was handed over. */
  private boolean deliver(Message message, boolean mayDuplicate) {
    if (mayDuplicate && random.nextInt(100) < 5) {
      event("duplicate " + describe(message));
    } else {
      inFlight.remove(message);
    }
    Node receiver = nodes.get(message.to());
    if (!receiver.up || !partitionOf.get(message.from()).equals(partitionOf.get(message.to()))) {
      event("lost " + describe(message));
      return false;
    }
    event("deliver " + describe(message));
    receiver.runtime.deliver(message);
    return true;
  }

  private void dropRandomMessage() {
    if (!inFlight.isEmpty()) {
      event("drop " + describe(inFlight.remove(random.nextInt(inFlight.size()))));
    }
  }

  private void tick(Optional<NodeId> node) {
    node.ifPresent(id -> pass(id, true));
  }

  /** Runs the node's loop once now, or (for a request) leaves it queued for the node's next pass. */
  private void maybePass(NodeId id) {
    if (random.nextInt(100) < 60) {
      pass(id, false);
    }
  }

  private void clientWrite() {
    Client client = clients.get(random.nextInt(clients.size()));
    if (client.outstanding.isPresent() && isCommitted(client.outstanding.get())) {
      client.outstanding = Optional.empty();
    }
    ClientCommand command = client.outstanding.orElseGet(() -> new ClientCommand(client.id, ++client.sequence, randomOperation()));
    client.outstanding = Optional.of(command);
    Optional<NodeId> target = random.nextInt(100) < 70 ? anyBelievedLeader() : Optional.empty();
    Optional<NodeId> node = target.or(this::randomUpNode);
    node.ifPresent(id -> {
      event("write " + command + " at " + id);
      writeInvokedAt.putIfAbsent(command, now());
      nodes.get(id).runtime.write(command).thenAccept(reply -> {
        if (reply instanceof NodeReply.Answered answered && !writeAnswered.containsKey(command)) {
          writeAnswered.put(command, LinearizabilityChecker.Op.write(
              command.operation(), writeInvokedAt.get(command), now(), Optional.of(answered.result())));
        }
      });
      maybePass(id);
    });
  }

  private void clientRead() {
    Optional<NodeId> node = random.nextInt(100) < 70 ? anyBelievedLeader() : randomUpNode();
    node.ifPresent(id -> {
      // Linearizability: the read must reflect every write committed anywhere before it started.
      long mustSee = checker.committedCount();
      String key = KEYS[random.nextInt(KEYS.length)];
      long invokedAt = now();
      event("read " + key + " at " + id);
      Node reader = nodes.get(id);
      reader.runtime.read(key).thenAccept(reply -> {
        if (reply instanceof NodeReply.Answered answered && answered.result() instanceof KvResult.Value value) {
          readsAnswered.add(LinearizabilityChecker.Op.read(key, invokedAt, now(), value.value()));
          fail(reader.applied < mustSee, "linearizable read: " + id + " answered a read of " + key + " at applied index "
              + reader.applied + ", but index " + mustSee + " was committed before the read began");
        }
      });
      maybePass(id);
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
   * handles messages or requests (they wait), then resumes believing whatever it believed before —
   * the classic way a deposed leader comes to serve a stale read.
   */
  private void pauseRandomNode() {
    randomUpNode().ifPresent(id -> {
      long pause = 100 + random.nextInt(900);
      nodes.get(id).pausedUntilMove = moves + pause;
      event("pause " + id + " for " + pause + " moves");
    });
  }

  private boolean mayCrashAnother() {
    long down = nodes.values().stream().filter(node -> !node.up).count();
    return down + 1 <= (allNodes.size() - 1) / 2; // keep a majority alive, or the run can only test waiting
  }

  private void crashRandomNode() {
    if (mayCrashAnother()) {
      randomUpNode().ifPresent(id -> {
        nodes.get(id).disk.crash();
        crash(id);
        event("crash " + id);
      });
    }
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
      nodes.get(id).runtime.changeMembership(next);
      maybePass(id);
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
      nodes.get(id).runtime.transferLeadership(target).thenAccept(reply -> event("transfer to " + target + ": " + reply));
      maybePass(id);
    });
  }

  //! A crash in the middle of a batch. The runtime saves a batch's records, syncs once, and only
  //! then lets anything out (group commit), so a crash at the sync loses the batch's messages and
  //! answers together with some suffix of its records: none of them reached the disk (unsynced
  //! writes lost), all but the last did (a torn last record, which recovery cuts off), or all did
  //! (a crash just after the sync). The simulation hands the node a message or a tick, makes its
  //! disk crash the node at the sync of that pass, and keeps that prefix of the batch's saves. A
  //! snapshot is synced as it is saved, so it and everything before it always survive.

  private void crashDuringBatch() {
    if (!mayCrashAnother()) {
      return;
    }
    randomUpNode().ifPresent(id -> {
      Node node = nodes.get(id);
      List<Message> forIt = inFlight.stream().filter(message -> message.to().equals(id)).toList();
      boolean tick = true;
      if (!forIt.isEmpty() && random.nextBoolean()) {
        Message message = forIt.get(random.nextInt(forIt.size()));
        inFlight.remove(message);
        node.runtime.deliver(message);
        tick = false;
      }
      SimulatedDisk.CrashAtSync fault = SimulatedDisk.CrashAtSync.values()[random.nextInt(3)];
      node.disk.crashAtNextSync(fault);
      try {
        node.runtime.runOnce(tick);
        node.disk.crash(); // the pass saved nothing, so it never synced: the node dies after it
        event("crash " + id + " after a pass with nothing to sync");
      } catch (SimulatedDisk.Crash crash) {
        event("crash " + id + " at the sync of a pass, " + fault);
      }
      crash(id);
    });
  }

  private void crash(NodeId id) {
    Node node = nodes.get(id);
    node.runtime.stop();
    node.up = false;
    node.state = RaftCore.restart(node.config, node.disk.synced());
  }

  private void restartRandomNode() {
    List<NodeId> down = allNodes.stream().filter(id -> !nodes.get(id).up).toList();
    if (!down.isEmpty()) {
      restart(down.get(random.nextInt(down.size())));
    }
  }

  /** A crashed node comes back with only what it synced: term, vote and log. */
  private void restart(NodeId id) {
    Node node = nodes.get(id);
    DurableState disk = node.disk.synced();
    node.boot();
    event("restart " + id + " from " + disk.log().lastIndex() + " entries, term " + disk.currentTerm());
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

  // ---- one pass of a node's loop, and the checks ----

  /** Runs the node's loop once (its queued work, then a tick if {@code tick}), then checks safety. */
  private void pass(NodeId id, boolean tick) {
    steps++;
    Node node = nodes.get(id);
    long commitBefore = node.state.commitIndex();
    node.runtime.runOnce(tick);
    node.state = node.runtime.coreState();
    fail(!node.disk.synced().equals(node.state.durable()), "durability: " + id + "'s disk differs from its durable state after a pass");
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
