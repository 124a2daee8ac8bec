package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.logOfTerms;
import static com.example.raft.core.Harness.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.raft.data.DurableState;
import com.example.raft.data.Input;
import com.example.raft.data.Message.VoteRequest;
import com.example.raft.data.Message.VoteResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.Step;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** The election restriction (§5.4.1): a voter refuses a candidate whose log is less up to date than its own. */
@DisplayName("Election restriction")
class ElectionRestrictionTest {

  private final NodeId voter = id(1);
  private final NodeId candidate = id(2);

  @ParameterizedTest(name = "voter log ends at (index 3, term 2); candidate at (index {0}, term {1}): granted = {2}")
  @CsvSource({
    "5, 1, false", // older last term loses, however long
    "2, 2, false", // same last term, shorter log
    "3, 2, true", // identical
    "9, 2, true", // same term, longer
    "1, 3, true" // newer last term wins, however short
  })
  @DisplayName("a vote goes only to a candidate whose log is at least as up to date")
  void upToDateRule(long lastIndex, long lastTerm, boolean granted) {
    for (boolean preVote : new boolean[] {false, true}) {
      Harness cluster = voterWithLog();
      Step step = cluster.step(voter, new Input.Receive(new VoteRequest(candidate, voter, 5, lastIndex, lastTerm, preVote)));
      VoteResponse answer = sent(step, VoteResponse.class).get(0);
      assertEquals(granted, answer.granted(), preVote ? "pre-vote" : "vote");
      RaftState after = cluster.state(voter);
      if (!preVote) {
        assertEquals(5, after.currentTerm(), "a real request's higher term is adopted even when refused");
        assertEquals(granted ? Optional.of(candidate) : Optional.empty(), after.votedFor());
      }
    }
  }

  private static Harness voterWithLog() {
    Map<NodeId, DurableState> disks = new TreeMap<>();
    disks.put(id(1), new DurableState(2, Optional.empty(), logOfTerms(1, 2, 2)));
    disks.put(id(2), DurableState.EMPTY);
    disks.put(id(3), DurableState.EMPTY);
    return Harness.fromDisks(disks, 100);
  }
}
