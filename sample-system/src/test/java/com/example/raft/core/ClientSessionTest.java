package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The key-value state machine, and client sessions that make every write take effect exactly once. */
@DisplayName("Key-value state machine and client sessions")
class ClientSessionTest {

  @Test
  @DisplayName("put, delete and compare-and-set behave like a map and report what they replaced")
  void behavesLikeAMap() {
    KvState store = KvState.EMPTY;
    store = expect(store, command("a", 1, new Operation.Put("x", "1")), new KvResult.Done(Optional.empty()));
    store = expect(store, command("a", 2, new Operation.Put("x", "2")), new KvResult.Done(Optional.of("1")));
    store = expect(store, command("a", 3, new Operation.CompareAndSet("x", "1", "3")), new KvResult.CasMismatch(Optional.of("2")));
    store = expect(store, command("a", 4, new Operation.CompareAndSet("x", "2", "3")), new KvResult.Done(Optional.of("2")));
    assertEquals(Optional.of("3"), KvStateMachine.read(store, "x"));
    store = expect(store, command("a", 5, new Operation.Delete("x")), new KvResult.Done(Optional.of("3")));
    store = expect(store, command("a", 6, new Operation.CompareAndSet("x", "3", "4")), new KvResult.CasMismatch(Optional.empty()));
    assertEquals(Optional.empty(), KvStateMachine.read(store, "x"));
  }

  @Test
  @DisplayName("a retried write is not applied again and gets the original answer")
  void retryAnsweredFromSession() {
    KvState store = KvState.EMPTY;
    store = KvStateMachine.apply(store, command("a", 1, new Operation.Put("x", "1"))).state();
    ClientCommand swap = command("a", 2, new Operation.CompareAndSet("x", "1", "2"));
    KvStateMachine.Applied first = KvStateMachine.apply(store, swap);
    KvStateMachine.Applied retry = KvStateMachine.apply(first.state(), swap);

    assertEquals(new KvResult.Done(Optional.of("1")), first.result());
    assertEquals(first.result(), retry.result(), "executing again would have been a mismatch");
    assertEquals(first.state(), retry.state());
  }

  @Test
  @DisplayName("a request older than the client's latest is answered as stale and changes nothing")
  void olderRequestIsStale() {
    KvState store = KvState.EMPTY;
    store = KvStateMachine.apply(store, command("a", 1, new Operation.Put("x", "1"))).state();
    store = KvStateMachine.apply(store, command("a", 2, new Operation.Put("x", "2"))).state();
    KvStateMachine.Applied old = KvStateMachine.apply(store, command("a", 1, new Operation.Put("x", "1")));

    assertEquals(new KvResult.StaleSequence(1, 2), old.result());
    assertEquals(store, old.state());
  }

  @Test
  @DisplayName("each client has its own session")
  void sessionsPerClient() {
    KvState store = KvState.EMPTY;
    store = KvStateMachine.apply(store, command("a", 1, new Operation.Put("x", "a"))).state();
    KvStateMachine.Applied other = KvStateMachine.apply(store, command("b", 1, new Operation.Put("x", "b")));
    assertEquals(new KvResult.Done(Optional.of("a")), other.result(), "b's first request is not a's duplicate");
  }

  @Test
  @DisplayName("a write retried through a new leader after its answer was lost takes effect once")
  void retryAcrossLeaders() {
    NodeId n1 = id(1);
    NodeId n2 = id(2);
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.write(n1, command("a", 1, new Operation.Put("x", "0")));
    ClientCommand increment = command("a", 2, new Operation.CompareAndSet("x", "0", "1"));
    cluster.write(n1, increment);
    cluster.deliverAll();

    // The answer never reached the client; n1 fails, n2 takes over, the client retries there.
    cluster.crash(n1);
    cluster.expireLease(n2, id(3));
    cluster.elect(n2);
    cluster.write(n2, increment);
    cluster.deliverAll();
    cluster.tick(n2, 2);
    cluster.deliverAll();

    List<KvResult> answers = cluster.node(n2).answers;
    long copies = cluster.state(n2).log().entries().stream().filter(entry -> entry.command().equals(increment)).count();
    assertEquals(2, copies, "the retry is a second log entry");
    assertEquals(List.of(new KvResult.Done(Optional.of("0")), new KvResult.Done(Optional.of("0"))),
        answers.stream().filter(answer -> answer.equals(new KvResult.Done(Optional.of("0")))).toList(),
        "both copies answer like the first");
    assertEquals(Optional.of("1"), KvStateMachine.read(cluster.node(n2).store, "x"));
  }

  private static KvState expect(KvState store, ClientCommand command, KvResult expected) {
    KvStateMachine.Applied applied = KvStateMachine.apply(store, command);
    assertEquals(expected, applied.result(), command.toString());
    return applied.state();
  }

  private static ClientCommand command(String client, long sequence, Operation operation) {
    return new ClientCommand(client, sequence, operation);
  }
}
