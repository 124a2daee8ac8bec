package com.example.raft.simulation;

import com.example.raft.data.KvResult;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RaftState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paper's safety properties (Figure 3), checked against the whole history of one simulated
 * cluster. Each check returns the violation it found, so the simulation can report it with the
 * seed and step.
 */
final class SafetyChecker {

  /** The names of the properties checked, for the summary line. */
  static final String CHECKED =
      "election safety, log matching, leader completeness, state machine safety, linearizability of client histories";

  private final Map<Long, NodeId> leaderOfTerm = new HashMap<>();
  /** Every entry ever known committed, by index, and the lowest term in which it was seen committed. */
  private final List<LogEntry> committed = new ArrayList<>();
  private final List<Long> committedInTerm = new ArrayList<>();
  /** Every entry ever applied, by index, with the state machine's answer. */
  private final List<LogEntry> applied = new ArrayList<>();
  private final List<KvResult> answers = new ArrayList<>();

  long committedCount() {
    return committed.size();
  }

  List<LogEntry> committedEntries() {
    return committed;
  }

  /** Election Safety: at most one leader per term, over the whole run. */
  Optional<String> electionSafety(RaftState node) {
    if (!node.isLeader()) {
      return Optional.empty();
    }
    NodeId earlier = leaderOfTerm.putIfAbsent(node.currentTerm(), node.self());
    if (earlier != null && !earlier.equals(node.self())) {
      return Optional.of("election safety: " + earlier + " and " + node.self() + " both led term " + node.currentTerm());
    }
    return Optional.empty();
  }

  /** Log Matching: if two logs hold an entry with the same index and term, they agree up to it. */
  static Optional<String> logMatching(NodeId a, RaftLog left, NodeId b, RaftLog right) {
    // Entries inside either snapshot are committed; State Machine Safety covers them.
    long firstBoth = Math.max(left.firstIndex(), right.firstIndex());
    for (long index = Math.min(left.lastIndex(), right.lastIndex()); index >= firstBoth; index--) {
      if (left.termAt(index) == right.termAt(index)) {
        if (!left.between(firstBoth, index).equals(right.between(firstBoth, index))) {
          return Optional.of("log matching: " + a + " and " + b + " agree on (" + index + ", "
              + left.termAt(index) + ") but differ before it: " + left + " vs " + right);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Records what {@code node} now knows committed; committed entries never change, and a node
   * that says an index is committed holds the committed entry there.
   */
  Optional<String> recordCommitted(RaftState node) {
    long base = node.log().snapshot().lastIndex();
    if (base > 0 && base <= committed.size() && committed.get((int) base - 1).term() != node.log().snapshot().lastTerm()) {
      return Optional.of("snapshot of " + node.self() + " ends at " + base + "/" + node.log().snapshot().lastTerm()
          + " but the committed entry there is " + committed.get((int) base - 1));
    }
    for (long index = base + 1; index <= node.commitIndex(); index++) {
      Optional<String> found = recordCommitted(node.self(), node.currentTerm(), node.log().entryAt(index));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Records that {@code node}, in {@code term}, holds {@code entry} as committed — when it applies
   * it, say, which may be before a snapshot in the same batch compacts it away.
   */
  Optional<String> recordCommitted(NodeId node, long term, LogEntry entry) {
    long index = entry.index();
    if (index <= committed.size()) {
      LogEntry known = committed.get((int) index - 1);
      if (!known.equals(entry)) {
        return Optional.of("committed entry changed at " + index + ": " + known + " then " + entry + " on " + node);
      }
      committedInTerm.set((int) index - 1, Math.min(committedInTerm.get((int) index - 1), term));
    } else if (index > committed.size() + 1) {
      return Optional.of(node + " says " + index + " is committed, but nothing before it was seen committed");
    } else {
      committed.add(entry);
      committedInTerm.add(term);
    }
    return Optional.empty();
  }

  /** Leader Completeness: a leader holds every entry committed in its term or before. */
  Optional<String> leaderCompleteness(RaftState node) {
    if (!node.isLeader()) {
      return Optional.empty();
    }
    for (int i = 0; i < committed.size(); i++) {
      if (committedInTerm.get(i) > node.currentTerm()) {
        continue;
      }
      long index = i + 1L;
      if (index < node.log().firstIndex()) {
        continue; // inside its snapshot, which recordCommitted checks against the committed entries
      }
      if (index > node.log().lastIndex() || !node.log().entryAt(index).equals(committed.get(i))) {
        return Optional.of("leader completeness: " + node.self() + " leads term " + node.currentTerm()
            + " without committed entry " + committed.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * State Machine Safety: every node applies, at each index, the same entry with the same answer,
   * and each node applies its log in order, once ({@code expectedIndex} is its next index).
   */
  Optional<String> stateMachineSafety(NodeId node, LogEntry entry, long expectedIndex, KvResult answer) {
    if (entry.index() != expectedIndex) {
      return Optional.of("state machine safety: " + node + " applied " + entry.index() + " when " + expectedIndex + " was next");
    }
    int position = (int) entry.index() - 1;
    if (position < applied.size()) {
      if (!applied.get(position).equals(entry)) {
        return Optional.of("state machine safety: " + node + " applied " + entry + " where another node applied " + applied.get(position));
      }
      if (!answers.get(position).equals(answer)) {
        return Optional.of("key-value results disagree at " + entry.index() + ": " + answers.get(position) + " vs " + answer + " on " + node);
      }
    } else {
      applied.add(entry);
      answers.add(answer);
    }
    return Optional.empty();
  }

  /** The answers given so far for one client's request, keyed by sequence number. */
  Map<Long, List<KvResult>> answersFor(String clientId) {
    Map<Long, List<KvResult>> byRequest = new TreeMap<>();
    for (int i = 0; i < applied.size(); i++) {
      if (applied.get(i).command() instanceof com.example.raft.data.ClientCommand command
          && command.clientId().equals(clientId)) {
        byRequest.computeIfAbsent(command.sequence(), sequence -> new ArrayList<>()).add(answers.get(i));
      }
    }
    return byRequest;
  }
}
