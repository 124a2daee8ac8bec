package com.example.raft.worker.codec;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Command;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.Snapshot;
import dev.archdoc.annotations.Decision;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes and reads the data layer's values in a compact binary form. Reading what was not written
 * by this class fails with an {@link IOException} naming the bad tag or count, never with a
 * half-built value.
 */
@Decision(value = "ADR-13", note = "one byte form of an entry, on disk and on the wire")
public final class BinaryCodec {

  private static final int MAX_ENTRIES = 1 << 20;

  private BinaryCodec() {}

  /** Writes a node id. */
  public static void writeNodeId(DataOutput out, NodeId id) throws IOException {
    out.writeUTF(id.name());
  }

  /** Reads a node id. */
  public static NodeId readNodeId(DataInput in) throws IOException {
    String name = in.readUTF();
    if (name.isBlank()) {
      throw new IOException("blank node id");
    }
    return NodeId.of(name);
  }

  /** Writes a list of node ids with its count. */
  public static void writeNodeIds(DataOutput out, List<NodeId> ids) throws IOException {
    out.writeInt(ids.size());
    for (NodeId id : ids) {
      writeNodeId(out, id);
    }
  }

  /** Reads what {@link #writeNodeIds} wrote. */
  public static List<NodeId> readNodeIds(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 1_000) {
      throw new IOException("implausible member count " + count);
    }
    List<NodeId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(readNodeId(in));
    }
    return ids;
  }

  /** Writes an optional string as a presence byte and the string. */
  public static void writeOptional(DataOutput out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  /** Reads what {@link #writeOptional} wrote. */
  public static Optional<String> readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  /** Writes a list of log entries with its count. */
  public static void writeEntries(DataOutput out, List<LogEntry> entries) throws IOException {
    out.writeInt(entries.size());
    for (LogEntry entry : entries) {
      out.writeLong(entry.term());
      out.writeLong(entry.index());
      writeCommand(out, entry.command());
    }
  }

  /** Reads what {@link #writeEntries} wrote. */
  public static List<LogEntry> readEntries(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_ENTRIES) {
      throw new IOException("implausible entry count " + count);
    }
    List<LogEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long term = in.readLong();
      long index = in.readLong();
      Command command = readCommand(in);
      entries.add(valid(() -> new LogEntry(term, index, command)));
    }
    return entries;
  }

  /** Writes a log entry's command. */
  public static void writeCommand(DataOutput out, Command command) throws IOException {
    if (command instanceof Command.NoOp) {
      out.writeByte(0);
    } else if (command instanceof Command.ChangeMembers change) {
      out.writeByte(2);
      writeNodeIds(out, change.members());
    } else if (command instanceof ClientCommand client) {
      out.writeByte(1);
      out.writeUTF(client.clientId());
      out.writeLong(client.sequence());
      writeOperation(out, client.operation());
    } else {
      throw new IllegalArgumentException("no encoding for " + command);
    }
  }

  /** Reads what {@link #writeCommand} wrote. */
  public static Command readCommand(DataInput in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case 0 -> new Command.NoOp();
      case 1 -> {
        String clientId = in.readUTF();
        long sequence = in.readLong();
        Operation operation = readOperation(in);
        yield valid(() -> new ClientCommand(clientId, sequence, operation));
      }
      case 2 -> {
        List<NodeId> members = readNodeIds(in);
        yield valid(() -> new Command.ChangeMembers(members));
      }
      default -> throw new IOException("unknown command tag " + tag);
    };
  }

  private static void writeOperation(DataOutput out, Operation operation) throws IOException {
    if (operation instanceof Operation.Put put) {
      out.writeByte(1);
      out.writeUTF(put.key());
      out.writeUTF(put.value());
    } else if (operation instanceof Operation.Delete delete) {
      out.writeByte(2);
      out.writeUTF(delete.key());
    } else if (operation instanceof Operation.CompareAndSet cas) {
      out.writeByte(3);
      out.writeUTF(cas.key());
      out.writeUTF(cas.expected());
      out.writeUTF(cas.newValue());
    } else {
      throw new IllegalArgumentException("no encoding for " + operation);
    }
  }

  private static Operation readOperation(DataInput in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case 1 -> new Operation.Put(in.readUTF(), in.readUTF());
      case 2 -> new Operation.Delete(in.readUTF());
      case 3 -> new Operation.CompareAndSet(in.readUTF(), in.readUTF(), in.readUTF());
      default -> throw new IOException("unknown operation tag " + tag);
    };
  }

  /** Writes a message between nodes. */
  public static void writeMessage(DataOutput out, Message message) throws IOException {
    if (message instanceof Message.VoteRequest m) {
      out.writeByte(1);
      writeHeader(out, m);
      out.writeLong(m.lastLogIndex());
      out.writeLong(m.lastLogTerm());
      out.writeBoolean(m.preVote());
      out.writeBoolean(m.transfer());
    } else if (message instanceof Message.VoteResponse m) {
      out.writeByte(2);
      writeHeader(out, m);
      out.writeBoolean(m.granted());
      out.writeBoolean(m.preVote());
    } else if (message instanceof Message.AppendEntries m) {
      out.writeByte(3);
      writeHeader(out, m);
      out.writeLong(m.prevLogIndex());
      out.writeLong(m.prevLogTerm());
      writeEntries(out, m.entries());
      out.writeLong(m.leaderCommit());
      out.writeLong(m.round());
    } else if (message instanceof Message.InstallSnapshot m) {
      out.writeByte(5);
      writeHeader(out, m);
      writeSnapshot(out, m.snapshot());
      out.writeLong(m.leaderCommit());
      out.writeLong(m.round());
    } else if (message instanceof Message.TimeoutNow m) {
      out.writeByte(6);
      writeHeader(out, m);
    } else if (message instanceof Message.AppendResponse m) {
      out.writeByte(4);
      writeHeader(out, m);
      out.writeBoolean(m.success());
      out.writeLong(m.matchIndex());
      out.writeLong(m.rejectedPrevIndex());
      out.writeLong(m.conflictTerm());
      out.writeLong(m.conflictIndex());
      out.writeLong(m.round());
    } else {
      throw new IllegalArgumentException("no encoding for " + message);
    }
  }

  /** Reads what {@link #writeMessage} wrote. */
  public static Message readMessage(DataInput in) throws IOException {
    int tag = in.readUnsignedByte();
    NodeId from = readNodeId(in);
    NodeId to = readNodeId(in);
    long term = in.readLong();
    return switch (tag) {
      case 1 -> new Message.VoteRequest(from, to, term, in.readLong(), in.readLong(), in.readBoolean(), in.readBoolean());
      case 2 -> new Message.VoteResponse(from, to, term, in.readBoolean(), in.readBoolean());
      case 3 -> new Message.AppendEntries(from, to, term, in.readLong(), in.readLong(), readEntries(in), in.readLong(), in.readLong());
      case 4 -> new Message.AppendResponse(
          from, to, term, in.readBoolean(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
      case 6 -> new Message.TimeoutNow(from, to, term);
      case 5 -> new Message.InstallSnapshot(from, to, term, readSnapshot(in), in.readLong(), in.readLong());
      default -> throw new IOException("unknown message tag " + tag);
    };
  }

  private static void writeHeader(DataOutput out, Message message) throws IOException {
    writeNodeId(out, message.from());
    writeNodeId(out, message.to());
    out.writeLong(message.term());
  }

  /** Writes a snapshot: its position, the store's data, and the client sessions. */
  public static void writeSnapshot(DataOutput out, Snapshot snapshot) throws IOException {
    out.writeLong(snapshot.lastIndex());
    out.writeLong(snapshot.lastTerm());
    KvState state = snapshot.state();
    out.writeInt(state.data().size());
    for (Map.Entry<String, String> pair : state.data().entrySet()) {
      out.writeUTF(pair.getKey());
      out.writeUTF(pair.getValue());
    }
    out.writeInt(state.sessions().size());
    for (Map.Entry<String, KvState.Session> session : state.sessions().entrySet()) {
      out.writeUTF(session.getKey());
      out.writeLong(session.getValue().sequence());
      writeResult(out, session.getValue().result());
    }
    writeNodeIds(out, snapshot.members());
  }

  /** Reads what {@link #writeSnapshot} wrote. */
  public static Snapshot readSnapshot(DataInput in) throws IOException {
    long lastIndex = in.readLong();
    long lastTerm = in.readLong();
    int pairs = in.readInt();
    if (pairs < 0) {
      throw new IOException("negative key count " + pairs);
    }
    Map<String, String> data = new TreeMap<>();
    for (int i = 0; i < pairs; i++) {
      data.put(in.readUTF(), in.readUTF());
    }
    int sessionCount = in.readInt();
    if (sessionCount < 0) {
      throw new IOException("negative session count " + sessionCount);
    }
    Map<String, KvState.Session> sessions = new TreeMap<>();
    for (int i = 0; i < sessionCount; i++) {
      String client = in.readUTF();
      long sequence = in.readLong();
      sessions.put(client, new KvState.Session(sequence, readResult(in)));
    }
    List<NodeId> members = readNodeIds(in);
    return valid(() -> new Snapshot(lastIndex, lastTerm, KvState.of(data, sessions), members));
  }

  /** Writes a key-value result. */
  public static void writeResult(DataOutput out, KvResult result) throws IOException {
    if (result instanceof KvResult.Done done) {
      out.writeByte(1);
      writeOptional(out, done.previousValue());
    } else if (result instanceof KvResult.CasMismatch mismatch) {
      out.writeByte(2);
      writeOptional(out, mismatch.actualValue());
    } else if (result instanceof KvResult.Value value) {
      out.writeByte(3);
      writeOptional(out, value.value());
    } else if (result instanceof KvResult.StaleSequence stale) {
      out.writeByte(4);
      out.writeLong(stale.sequence());
      out.writeLong(stale.lastApplied());
    } else {
      throw new IllegalArgumentException("no encoding for " + result);
    }
  }

  /** Reads what {@link #writeResult} wrote. */
  public static KvResult readResult(DataInput in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case 1 -> new KvResult.Done(readOptional(in));
      case 2 -> new KvResult.CasMismatch(readOptional(in));
      case 3 -> new KvResult.Value(readOptional(in));
      case 4 -> new KvResult.StaleSequence(in.readLong(), in.readLong());
      default -> throw new IOException("unknown result tag " + tag);
    };
  }

  private interface Construction<T> {
    T build();
  }

  /** Turns a value's own validation failure into a decoding failure. */
  private static <T> T valid(Construction<T> construction) throws IOException {
    try {
      return construction.build();
    } catch (IllegalArgumentException invalid) {
      throw new IOException("invalid value: " + invalid.getMessage());
    }
  }
}
