package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.NodeId;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Membership changes, one server at a time (thesis §4.1). */
@DisplayName("Membership changes")
class MembershipTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);
  private final NodeId n4 = id(4);

  @Test
  @DisplayName("an added server is caught up and counts towards the majority once the change is in the log")
  void addServer() {
    Harness cluster = Harness.withSpare(3);
    cluster.elect(n1);
    cluster.write(n1, put("c", 1, "k", "v"));
    cluster.deliverAll();

    cluster.step(n1, new Input.ChangeMembership(1, List.of(n1, n2, n3, n4)));
    assertEquals(List.of(n1, n2, n3, n4), cluster.state(n1).members(), "in force on the leader as soon as appended");
    cluster.deliverAll();

    assertEquals(cluster.state(n1).log(), cluster.state(n4).log(), "the new server holds the whole log");
    assertEquals(List.of(n1, n2, n3, n4), cluster.state(n4).members());
    cluster.crash(n2);
    cluster.write(n1, put("c", 2, "k", "w"));
    cluster.deliver(message -> !message.to().equals(n3) && !message.from().equals(n3)); // only n1 and n4 take part
    assertTrue(cluster.state(n1).commitIndex() < cluster.state(n1).log().lastIndex(), "2 of 4 is no majority");
    cluster.deliverAll(); // n3 answers: 3 of 4
    assertEquals(cluster.state(n1).log().lastIndex(), cluster.state(n1).commitIndex());
  }

  @Test
  @DisplayName("a second change is refused while the first is uncommitted, and so is a change of two servers")
  void oneAtATime() {
    Harness cluster = Harness.withSpare(3);
    cluster.elect(n1);
    Step twoAtOnce = cluster.step(n1, new Input.ChangeMembership(1, List.of(n1, n4)));
    assertTrue(rejection(twoAtOnce).contains("one member at a time"), rejection(twoAtOnce));

    cluster.step(n1, new Input.ChangeMembership(2, List.of(n1, n2, n3, n4)));
    Step second = cluster.step(n1, new Input.ChangeMembership(3, List.of(n1, n2, n4)));
    assertTrue(rejection(second).contains("not committed yet"), rejection(second));
  }

  @Test
  @DisplayName("a new leader refuses a change until it has committed an entry of its own term")
  void notBeforeTheLeadersFirstCommit() {
    Harness cluster = Harness.withSpare(3);
    cluster.electByVotesOnly(n1); // its no-op is not committed yet
    Step early = cluster.step(n1, new Input.ChangeMembership(1, List.of(n1, n2, n3, n4)));
    assertTrue(rejection(early).contains("has not committed an entry of its term"), rejection(early));
  }

  @Test
  @DisplayName("a leader that removes itself leads until the removal commits, then steps down, and the rest elect a leader")
  void removeTheLeader() {
    Harness cluster = Harness.withSpare(3);
    cluster.elect(n1);
    cluster.step(n1, new Input.ChangeMembership(1, List.of(n2, n3)));
    assertEquals(RoleName.LEADER, cluster.role(n1), "still leads while the removal is uncommitted");
    cluster.deliverAll();

    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
    assertEquals(List.of(n2, n3), cluster.state(n2).members());
    cluster.expireLease(n2, n3);
    cluster.elect(n2);
    cluster.tick(n1, 10 * Harness.ELECTION_TICKS);
    assertEquals(RoleName.FOLLOWER, cluster.role(n1), "a removed server never campaigns");
    assertTrue(Harness.effects(cluster.tick(n1), Effect.Send.class).isEmpty());
  }

  private static String rejection(Step step) {
    List<Effect.RejectRequest> rejected = Harness.effects(step, Effect.RejectRequest.class);
    return rejected.isEmpty() ? "(accepted)" : rejected.get(0).reason();
  }
}
