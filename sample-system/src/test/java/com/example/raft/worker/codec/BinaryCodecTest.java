package com.example.raft.worker.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Command;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every kind of message survives the trip through bytes unchanged; garbage is an error, not a value. */
@DisplayName("Binary codec")
class BinaryCodecTest {

  private static final NodeId A = NodeId.of("n1");
  private static final NodeId B = NodeId.of("n2");

  @Test
  @DisplayName("every message kind decodes to what was encoded")
  void messagesRoundTrip() throws IOException {
    List<LogEntry> entries = List.of(
        new LogEntry(2, 5, new Command.NoOp()),
        new LogEntry(2, 6, new ClientCommand("c", 3, new Operation.Put("k", "v"))),
        new LogEntry(2, 7, new ClientCommand("c", 4, new Operation.Delete("k"))),
        new LogEntry(3, 8, new ClientCommand("d", 1, new Operation.CompareAndSet("k", "a", "b"))));
    KvState store = KvState.of(Map.of("k", "v", "x", "y"), Map.of(
        "c", new KvState.Session(4, new KvResult.Done(Optional.of("v"))),
        "d", new KvState.Session(1, new KvResult.CasMismatch(Optional.empty())),
        "e", new KvState.Session(9, new KvResult.StaleSequence(2, 9))));
    List<Message> messages = List.of(
        new Message.VoteRequest(A, B, 4, 8, 3, true),
        new Message.VoteRequest(A, B, 5, 8, 3, false, true),
        new Message.VoteResponse(B, A, 4, true, false),
        new Message.AppendEntries(A, B, 3, 4, 2, entries, 6, 17),
        new Message.AppendResponse(B, A, 3, false, 0, 4, 2, 3, 17),
        new Message.InstallSnapshot(A, B, 3, new Snapshot(8, 3, store), 8, 18),
        new Message.TimeoutNow(A, B, 3));
    for (Message message : messages) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BinaryCodec.writeMessage(new DataOutputStream(bytes), message);
      Message decoded = BinaryCodec.readMessage(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertEquals(message, decoded);
    }
  }

  @Test
  @DisplayName("an unknown tag is a decoding error naming it")
  void unknownTagIsAnError() {
    IOException error = assertThrows(IOException.class,
        () -> BinaryCodec.readMessage(new DataInputStream(new ByteArrayInputStream(new byte[] {42, 0, 2, 'n', '1', 0, 2, 'n', '2', 0, 0, 0, 0, 0, 0, 0, 1}))));
    assertEquals("unknown message tag 42", error.getMessage());
  }
}
