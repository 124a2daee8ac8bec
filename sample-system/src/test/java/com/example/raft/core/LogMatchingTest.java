package com.example.raft.core;

import static com.example.raft.core.Harness.effects;
import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.logOfTerms;
import static com.example.raft.core.Harness.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Command;
import com.example.raft.data.DurableState;
import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.Message.AppendResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Log Matching (Figure 3): if two logs contain an entry with the same index and term, the logs
 * are identical up to that index — kept by the prevLogIndex/prevLogTerm check and by the
 * leader repairing every follower's log to its own.
 */
@DisplayName("Log matching")
class LogMatchingTest {

  private final NodeId follower = id(1);
  private final NodeId leader = id(2);

  @Test
  @DisplayName("a follower rejects entries whose previous entry it lacks, hinting where its log ends")
  void rejectsMissingPrevious() {
    Harness cluster = followerWith(logOfTerms(1, 1));
    AppendResponse answer = answer(cluster.step(follower, append(3, 5, 1, List.of(), 0)));
    assertFalse(answer.success());
    assertEquals(0, answer.conflictTerm());
    assertEquals(3, answer.conflictIndex());
  }

  @Test
  @DisplayName("a follower rejects entries whose previous term differs, hinting the first index of its conflicting term")
  void rejectsMismatchedPrevious() {
    Harness cluster = followerWith(logOfTerms(1, 1, 2, 2, 2));
    AppendResponse answer = answer(cluster.step(follower, append(3, 5, 3, List.of(), 0)));
    assertFalse(answer.success());
    assertEquals(2, answer.conflictTerm());
    assertEquals(3, answer.conflictIndex());
    assertEquals(5, cluster.state(follower).log().lastIndex(), "a rejection changes nothing");
  }

  @Test
  @DisplayName("a follower truncates a conflicting suffix, takes the leader's entries and persists from the conflict")
  void truncatesConflicts() {
    Harness cluster = followerWith(logOfTerms(1, 1, 2, 2));
    LogEntry fresh = new LogEntry(3, 3, new Command.NoOp());
    Step step = cluster.step(follower, append(3, 2, 1, List.of(fresh), 0));

    assertTrue(answer(step).success());
    assertEquals(3, answer(step).matchIndex());
    assertEquals(List.of(1L, 1L, 3L), terms(cluster.state(follower).log()));
    assertEquals(List.of(new Effect.PersistEntries(3, List.of(fresh))), effects(step, Effect.PersistEntries.class));
  }

  @Test
  @DisplayName("a delayed or duplicated AppendEntries never truncates entries that already match")
  void staleAppendKeepsMatchingTail() {
    RaftLog log = logOfTerms(1, 1, 1);
    Harness cluster = followerWith(log);
    Step step = cluster.step(follower, append(1, 0, 0, List.of(log.entryAt(1)), 0));

    assertTrue(answer(step).success());
    assertEquals(1, answer(step).matchIndex());
    assertEquals(log, cluster.state(follower).log());
    assertTrue(effects(step, Effect.PersistEntries.class).isEmpty(), "nothing new to persist");
  }

  @Test
  @DisplayName("a follower commits no further than the entries the leader's message vouches for")
  void commitBoundedByVouchedEntries() {
    Harness cluster = followerWith(logOfTerms(1, 1, 2));
    cluster.step(follower, append(3, 1, 1, List.of(), 3));
    assertEquals(1, cluster.state(follower).commitIndex(), "entry 3 may be a stale leftover");
  }

  /** The leader's log of Figure 7 (terms of entries 1–10), leader of term 8. */
  private static final long[] FIGURE_7_LEADER = {1, 1, 1, 4, 4, 5, 5, 6, 6, 6};

  static Stream<Arguments> figure7Followers() {
    return Stream.of(
        Arguments.of("a", new long[] {1, 1, 1, 4, 4, 5, 5, 6, 6}, 1),
        Arguments.of("b", new long[] {1, 1, 1, 4}, 1),
        Arguments.of("c", new long[] {1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6}, 0),
        Arguments.of("d", new long[] {1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7}, 0),
        Arguments.of("e", new long[] {1, 1, 1, 4, 4, 4, 4}, 2),
        Arguments.of("f", new long[] {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3}, 2));
  }

  @ParameterizedTest(name = "Figure 7 ({0}): repaired with {2} rejection(s)")
  @MethodSource("figure7Followers")
  @DisplayName("the leader of term 8 repairs each follower log of Figure 7 to its own, one round trip per conflicting term")
  void repairsFigure7(String figure, long[] followerTerms, int expectedRejections) {
    NodeId figureLeader = id(1);
    NodeId figureFollower = id(2);
    NodeId voter = id(3);
    Map<NodeId, DurableState> disks = new TreeMap<>();
    disks.put(figureLeader, new DurableState(7, Optional.empty(), logOfTerms(FIGURE_7_LEADER)));
    disks.put(figureFollower, new DurableState(7, Optional.empty(), logOfTerms(followerTerms)));
    disks.put(voter, new DurableState(7, Optional.empty(), logOfTerms(FIGURE_7_LEADER)));
    Harness cluster = Harness.fromDisks(disks, 100);

    cluster.elect(figureLeader);
    cluster.deliverAll();

    assertEquals(8, cluster.state(figureLeader).currentTerm());
    RaftLog leaderLog = cluster.state(figureLeader).log();
    assertEquals(11, leaderLog.lastIndex(), "Figure 7's ten entries plus the term-8 no-op");
    assertEquals(leaderLog, cluster.state(figureFollower).log(), "follower (" + figure + ") repaired");
    assertEquals(leaderLog, cluster.node(figureFollower).disk.log(), "and the repair persisted");
    long rejections = cluster.node(figureFollower).effects.stream()
        .filter(Effect.Send.class::isInstance)
        .map(effect -> ((Effect.Send) effect).message())
        .filter(message -> message instanceof AppendResponse response && !response.success())
        .count();
    assertEquals(expectedRejections, rejections, "rejections while repairing (" + figure + ")");
    assertEquals(11, cluster.state(figureLeader).commitIndex(), "the no-op commits, and everything before it");
    assertEquals(RoleName.FOLLOWER, cluster.role(figureFollower));
  }

  private Harness followerWith(RaftLog log) {
    Map<NodeId, DurableState> disks = new TreeMap<>();
    disks.put(follower, new DurableState(log.lastTerm(), Optional.empty(), log));
    disks.put(leader, DurableState.EMPTY);
    disks.put(id(3), DurableState.EMPTY);
    return Harness.fromDisks(disks, 100);
  }

  private Input append(long term, long prevIndex, long prevTerm, List<LogEntry> entries, long leaderCommit) {
    return new Input.Receive(new AppendEntries(leader, follower, term, prevIndex, prevTerm, entries, leaderCommit, 0));
  }

  private static AppendResponse answer(Step step) {
    return sent(step, AppendResponse.class).get(0);
  }

  private static List<Long> terms(RaftLog log) {
    return log.entries().stream().map(LogEntry::term).toList();
  }
}
