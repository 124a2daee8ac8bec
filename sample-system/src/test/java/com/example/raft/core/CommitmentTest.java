package com.example.raft.core;

import static com.example.raft.core.Harness.between;
import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.logOfTerms;
import static com.example.raft.core.Harness.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Command;
import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RoleName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Commitment (§5.4.2, Figure 8): a leader counts replicas only for entries of its own term;
 * committing one commits everything before it; a new leader starts its term with a no-op.
 */
@DisplayName("Commitment")
class CommitmentTest {

  private final NodeId s1 = id(1);
  private final NodeId s2 = id(2);
  private final NodeId s3 = id(3);
  private final NodeId s4 = id(4);
  private final NodeId s5 = id(5);

  @Test
  @DisplayName("Figure 8 (c): an earlier term's entry stored on a majority is not committed by counting replicas")
  void figure8NoCommitByCountingOldTerms() {
    Harness cluster = figure8c();

    assertEquals(4, cluster.state(s1).currentTerm());
    assertEquals(List.of(1L, 2L, 4L), terms(cluster.state(s1).log()));
    for (NodeId holder : List.of(s2, s3)) {
      assertEquals(2, cluster.state(holder).log().termAt(2), holder + " holds the term-2 entry");
    }
    assertEquals(0, cluster.state(s1).commitIndex(), "index 2 sits on S1, S2, S3 but is from term 2");
  }

  @Test
  @DisplayName("Figure 8 (d): a later leader may overwrite that uncommitted entry")
  void figure8OverwriteUncommitted() {
    Harness cluster = figure8c();
    cluster.crash(s1);
    cluster.restart(s5);
    cluster.expireLease(s2, s3, s4);

    cluster.elect(s5);
    cluster.deliverAll();

    assertEquals(5, cluster.state(s5).currentTerm());
    for (NodeId follower : List.of(s2, s3, s4)) {
      assertEquals(List.of(1L, 3L, 5L), terms(cluster.state(follower).log()), follower + " follows S5");
    }
    assertTrue(cluster.node(s1).applied.stream().noneMatch(entry -> entry.term() == 2), "S1 never applied it");
  }

  @Test
  @DisplayName("Figure 8 (e): replicating a current-term entry commits it and every entry before it")
  void figure8CommitThroughCurrentTerm() {
    Harness cluster = figure8c();
    cluster.deliverAll();

    assertEquals(3, cluster.state(s1).commitIndex());
    assertEquals(List.of(1L, 2L, 4L), cluster.node(s1).applied.stream().map(LogEntry::term).toList());

    // S5 can no longer win: S2, S3 and S4 hold a newer log. (Restarting them drops their
    // knowledge of the leader, so only the election restriction stands in S5's way.)
    cluster.crash(s1);
    for (NodeId node : List.of(s2, s3, s4, s5)) {
      cluster.crash(node);
      cluster.restart(node);
    }
    for (int i = 0; i < 10 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(s5);
      cluster.deliverAll();
    }
    assertTrue(cluster.role(s5) != RoleName.LEADER, "S5 lacks committed entries and must not lead");
  }

  @Test
  @DisplayName("a new leader appends a no-op entry of its term, and committing it commits the earlier entries")
  void noOpOnElection() {
    Map<NodeId, DurableState> disks = new TreeMap<>();
    disks.put(s1, new DurableState(1, Optional.empty(), logOfTerms(1, 1)));
    disks.put(s2, new DurableState(1, Optional.empty(), logOfTerms(1, 1)));
    disks.put(s3, new DurableState(1, Optional.empty(), logOfTerms(1)));
    Harness cluster = Harness.fromDisks(disks, 100);

    cluster.elect(s1);
    LogEntry last = cluster.state(s1).log().entryAt(3);
    assertEquals(2, last.term());
    assertInstanceOf(Command.NoOp.class, last.command());
    cluster.deliverAll();
    assertEquals(3, cluster.state(s1).commitIndex(), "the term-1 entries commit under the no-op");
  }

  @Test
  @DisplayName("an entry commits as soon as a majority stores it, and not before")
  void commitOnMajority() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(s1);
    cluster.deliverAll();
    long before = cluster.state(s1).commitIndex();

    cluster.write(s1, Harness.put("c", 1, "x", "1"));
    assertEquals(before, cluster.state(s1).commitIndex(), "stored only on the leader");
    cluster.drop(to(s3));
    cluster.deliver(between(s1, s2));
    assertEquals(before + 1, cluster.state(s1).commitIndex(), "leader and S2 are a majority of three");
  }

  /**
   * Figure 8 up to (c): S1 led term 2 and put entry 2 on S2; S5 led term 3 alone; now S1 leads
   * term 4 and has copied entry 2 to S3 (and S4), but its own term-4 entry is on no one else.
   */
  private Harness figure8c() {
    Map<NodeId, DurableState> disks = new TreeMap<>();
    disks.put(s1, new DurableState(2, Optional.empty(), logOfTerms(1, 2)));
    disks.put(s2, new DurableState(2, Optional.empty(), logOfTerms(1, 2)));
    disks.put(s3, new DurableState(2, Optional.empty(), logOfTerms(1)));
    disks.put(s4, new DurableState(2, Optional.empty(), logOfTerms(1)));
    disks.put(s5, new DurableState(2, Optional.empty(), logOfTerms(1)));
    Harness cluster = Harness.fromDisks(disks, 1);

    // (b) S1 crashes; S5 is elected in term 3 by S3, S4 and itself and appends entry 2 (its
    // no-op), then crashes before sending it anywhere (a crash loses its in-flight messages).
    cluster.crash(s1);
    cluster.electByVotesOnly(s5);
    assertEquals(3, cluster.state(s5).currentTerm());
    cluster.crash(s5);

    // (c) S1 restarts, is elected in term 4 and replicates, but its term-4 entry gets through to no one.
    cluster.restart(s1);
    cluster.electByVotesOnly(s1);
    // (Followers that lack entry 2 still see, and reject, the term-4 entry: that is what makes
    // S1 probe back and copy entry 2 to them.)
    cluster.deliver(message -> !(message instanceof AppendEntries append
        && append.entries().stream().anyMatch(entry -> entry.term() == 4)
        && wouldAccept(cluster, append)));
    return cluster;
  }

  private static boolean wouldAccept(Harness cluster, AppendEntries append) {
    RaftLog log = cluster.state(append.to()).log();
    return log.contains(append.prevLogIndex()) && log.termAt(append.prevLogIndex()) == append.prevLogTerm();
  }

  private static List<Long> terms(RaftLog log) {
    return log.entries().stream().map(LogEntry::term).toList();
  }
}
