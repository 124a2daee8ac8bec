//! # The write-ahead log: one file, framed records, fsync
//!
//! A node must remember three things across a crash: its term, whom it voted for, and its log.
//! Here all three go into one append-only file, `wal.log` in the node's data folder. Nothing in
//! it is ever rewritten in place; every change is a new **record** at the end:
//!
//! - a *hard state* record: "the term is now T and I voted for V";
//! - an *entries* record: "drop every entry from index I on, then these entries follow" — a
//!   plain append is the case where I is the next index, a follower's conflict repair is the
//!   case where it is lower.
//!
//! Replaying the records in order rebuilds the state exactly. The file starts with an 8-byte
//! magic, `RKVWAL01`, so a wrong file is refused instead of misread. Each record is **framed**:
//!
//! ```
//! +-----------+-----------+-----------+---------------------+
//! | length    | ~length   | CRC32C    | payload (length B)  |
//! | 4 bytes   | 4 bytes   | 4 bytes   | kind byte + fields  |
//! +-----------+-----------+-----------+---------------------+
//! ```
//!
//! **Why both the length and its complement?** Recovery must tell two situations apart. A crash
//! in the middle of an append leaves a *torn tail*: the file simply ends inside the last record.
//! That is normal — the record was never synced, so no one was told about it — and recovery cuts
//! it off. A bit flipped by the disk is *corruption*: the data that was synced is not what was
//! written, and carrying on could resurrect a vote or lose a committed entry, so recovery
//! refuses to start and says where. A flipped bit in a length field could make a healthy record
//! look like it runs past the end of the file — that is, make corruption look like a torn tail.
//! The complement catches that: the two copies disagree. After a complete header, a record cut
//! short is a torn tail; any checksum or header mismatch is corruption.
//!
//! **When is it durable?** `saveHardState` and `saveEntries` only write into the operating
//! system's page cache. `sync` calls `FileChannel.force`, which returns once the bytes are on the
//! device. The runtime calls `sync` once per batch of steps (group commit, see `NodeRuntime`),
//! before any message or answer that depends on the batch leaves the node.
//!
//! **Snapshots.** When the runtime compacts the log (see `Snapshots` in the core), the snapshot
//! is written to `snapshot.tmp`, synced, and renamed over `snapshot.bin` — a rename is atomic,
//! so there is always one whole snapshot or the previous one. Then the log file is rewritten
//! the same way: a fresh `wal.log` holding only the hard state and the entries after the
//! snapshot. A crash between the two renames leaves a new snapshot beside an old log, and
//! recovery applies the same rule as a follower installing a snapshot: entries after the
//! snapshot are kept only if the log holds the snapshot's last entry with its term.
package com.example.raft.worker.disk;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.Snapshot;
import com.example.raft.worker.DurableStore;
import com.example.raft.worker.codec.BinaryCodec;
import dev.archdoc.annotations.Decision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A {@link DurableStore} in one append-only file of checksummed records plus, once the log has
 * been compacted, one snapshot file. Open it with {@link #open}, which recovers what the files
 * hold; saves are buffered by the operating system until {@link #sync}. Not thread-safe: one
 * node's thread owns it.
 */
@Decision(value = "ADR-13", note = "framed, checksummed records; torn tail cut, corruption refused")
@Decision(value = "ADR-16", note = "snapshot file and log rewritten by atomic renames")
public final class WriteAheadLog implements DurableStore, AutoCloseable {

  /** The log file's name inside a node's data folder. */
  public static final String FILE_NAME = "wal.log";
  /** The snapshot file's name inside a node's data folder. */
  public static final String SNAPSHOT_NAME = "snapshot.bin";

  static final byte[] MAGIC = "RKVWAL01".getBytes(StandardCharsets.US_ASCII);
  static final byte[] SNAPSHOT_MAGIC = "RKVSNP01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = 12;
  /** No record is larger; a header announcing more is damaged. */
  static final int MAX_RECORD_BYTES = 256 << 20;

  private static final byte HARD_STATE = 1;
  private static final byte ENTRIES = 2;

  private final Path folder;
  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private FileChannel channel;
  // What the files say, so recover() after a restart in the same process is cheap.
  private long term;
  private Optional<NodeId> votedFor;
  private RaftLog log;
  private boolean dirty;

  /** The outcome of opening a log: a usable log with what it held, or why it cannot be used. */
  public sealed interface Opening permits Opened, Refused {}

  /**
   * The log, ready for writing after the recovered state; {@code tornBytesDropped} counts the
   * bytes of an incomplete last record that recovery cut off (0 after a clean stop).
   */
  public record Opened(WriteAheadLog log, DurableState state, long tornBytesDropped) implements Opening {}

  /** The log cannot be used; {@code problem} says which file, where, and what is wrong. */
  public record Refused(String problem) implements Opening {}

  private WriteAheadLog(Path folder, FileChannel lockChannel, FileLock lock, FileChannel channel, DurableState recovered) {
    this.folder = folder;
    this.file = folder.resolve(FILE_NAME);
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.channel = channel;
    this.term = recovered.currentTerm();
    this.votedFor = recovered.votedFor();
    this.log = recovered.log();
  }

  //! Recovery reads the whole file, record by record, and stops at the first incomplete one.
  //! Everything before it is replayed; the incomplete rest is truncated away (and that
  //! truncation synced) before the first new record is appended, so a torn tail can never end
  //! up *between* two good records.

  /**
   * Opens (creating if needed) the log in {@code folder}, recovers its contents and locks the
   * folder against a second process. I/O failures other than damage are thrown.
   */
  public static Opening open(Path folder) throws IOException {
    Files.createDirectories(folder);
    FileChannel lockChannel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null; // this JVM already holds it: the same answer as for another process
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
    if (lock == null) {
      lockChannel.close();
      return new Refused(folder + ": in use by another process (is that node already running?)");
    }
    try {
      Opening opening = recover(folder, lockChannel, lock);
      if (opening instanceof Refused) {
        lock.release();
        lockChannel.close();
      }
      return opening;
    } catch (IOException | RuntimeException e) {
      lock.release();
      lockChannel.close();
      throw e;
    }
  }

  private static Opening recover(Path folder, FileChannel lockChannel, FileLock lock) throws IOException {
    Files.deleteIfExists(folder.resolve(SNAPSHOT_NAME + ".tmp"));
    Files.deleteIfExists(folder.resolve(FILE_NAME + ".tmp"));
    Snapshot snapshot = Snapshot.NONE;
    Path snapshotFile = folder.resolve(SNAPSHOT_NAME);
    if (Files.exists(snapshotFile)) {
      SnapshotRead read = readSnapshot(snapshotFile);
      if (read.problem().isPresent()) {
        return new Refused(read.problem().get());
      }
      snapshot = read.snapshot();
    }
    Path file = folder.resolve(FILE_NAME);
    byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    Replay replay = new Replay(file, bytes);
    Optional<String> problem = replay.run();
    if (problem.isPresent()) {
      return new Refused(problem.get());
    }
    RaftLog recovered;
    try {
      recovered = replay.logAfter(snapshot);
    } catch (IllegalArgumentException broken) {
      return new Refused(file + ": the records replay to an impossible log: " + broken.getMessage());
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long dropped = bytes.length - replay.validBytes;
    if (replay.validBytes < MAGIC.length) {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(MAGIC), 0);
      channel.force(true);
    } else if (dropped > 0) {
      channel.truncate(replay.validBytes);
      channel.force(true);
    }
    channel.position(channel.size());
    DurableState state = new DurableState(replay.term, replay.votedFor, recovered);
    return new Opened(new WriteAheadLog(folder, lockChannel, lock, channel, state), state, Math.max(0, dropped));
  }

  @Override
  public void saveHardState(long newTerm, Optional<NodeId> vote) {
    append(out -> {
      out.writeByte(HARD_STATE);
      out.writeLong(newTerm);
      BinaryCodec.writeOptional(out, vote.map(NodeId::name));
    });
    term = newTerm;
    votedFor = vote;
  }

  @Override
  public void saveEntries(long fromIndex, List<LogEntry> suffix) {
    RaftLog longer = log.replaceFrom(fromIndex, suffix); // checks the entries continue the log
    append(out -> {
      out.writeByte(ENTRIES);
      out.writeLong(fromIndex);
      BinaryCodec.writeEntries(out, suffix);
    });
    log = longer;
  }

  /** Writes the snapshot file, then a fresh log file holding only what follows it; durable on return. */
  @Override
  public void saveSnapshot(Snapshot snapshot) {
    RaftLog compacted = log.withSnapshot(snapshot);
    if (compacted == log) {
      return;
    }
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      BinaryCodec.writeSnapshot(out, snapshot);
      out.flush();
      replaceAtomically(folder.resolve(SNAPSHOT_NAME), concat(SNAPSHOT_MAGIC, frame(body.toByteArray())));

      ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
      rewritten.write(MAGIC);
      rewritten.write(frame(payload(o -> {
        o.writeByte(HARD_STATE);
        o.writeLong(term);
        BinaryCodec.writeOptional(o, votedFor.map(NodeId::name));
      })));
      if (compacted.lastIndex() > snapshot.lastIndex()) {
        rewritten.write(frame(payload(o -> {
          o.writeByte(ENTRIES);
          o.writeLong(snapshot.lastIndex() + 1);
          BinaryCodec.writeEntries(o, compacted.entries());
        })));
      }
      channel.close();
      replaceAtomically(file, rewritten.toByteArray());
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.position(channel.size());
      dirty = false;
      log = compacted;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a snapshot in " + folder, e);
    }
  }

  private void replaceAtomically(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
      directory.force(true); // make the rename itself durable
    }
  }

  @Override
  public void sync() {
    if (!dirty) {
      return;
    }
    try {
      channel.force(false);
      dirty = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync " + file, e);
    }
  }

  @Override
  public DurableState recover() {
    return new DurableState(term, votedFor, log);
  }

  /** The file this log writes. */
  public Path file() {
    return file;
  }

  /** Releases the files; unsynced saves may or may not survive, as in a crash. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      try {
        lock.release();
      } finally {
        lockChannel.close();
      }
    }
  }

  private interface Payload {
    void writeTo(DataOutputStream out) throws IOException;
  }

  private static byte[] payload(Payload payload) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(64);
    DataOutputStream out = new DataOutputStream(body);
    payload.writeTo(out);
    out.flush();
    return body.toByteArray();
  }

  private void append(Payload payload) {
    try {
      ByteBuffer record = ByteBuffer.wrap(frame(payload(payload)));
      while (record.hasRemaining()) {
        channel.write(record);
      }
      dirty = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  /** One record: header (length, its complement, CRC32C of the payload), then the payload. */
  static byte[] frame(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.length);
    record.putInt(payload.length).putInt(~payload.length).putInt((int) crc.getValue()).put(payload);
    return record.array();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private record SnapshotRead(Snapshot snapshot, Optional<String> problem) {}

  /** A snapshot file is written whole and renamed into place, so any damage in it is corruption. */
  private static SnapshotRead readSnapshot(Path snapshotFile) throws IOException {
    byte[] bytes = Files.readAllBytes(snapshotFile);
    String prefix = snapshotFile + ": corrupt snapshot: ";
    if (bytes.length < SNAPSHOT_MAGIC.length + HEADER_BYTES
        || !Arrays.equals(bytes, 0, SNAPSHOT_MAGIC.length, SNAPSHOT_MAGIC, 0, SNAPSHOT_MAGIC.length)) {
      return new SnapshotRead(Snapshot.NONE, Optional.of(prefix + "bad magic or too short; refusing to start (see ADR-16)"));
    }
    ByteBuffer header = ByteBuffer.wrap(bytes, SNAPSHOT_MAGIC.length, HEADER_BYTES);
    int length = header.getInt();
    int check = header.getInt();
    int crc = header.getInt();
    int start = SNAPSHOT_MAGIC.length + HEADER_BYTES;
    if (check != ~length || length != bytes.length - start) {
      return new SnapshotRead(Snapshot.NONE, Optional.of(prefix + "damaged header; refusing to start (see ADR-16)"));
    }
    CRC32C actual = new CRC32C();
    actual.update(bytes, start, length);
    if ((int) actual.getValue() != crc) {
      return new SnapshotRead(Snapshot.NONE, Optional.of(prefix + "checksum mismatch; refusing to start (see ADR-16)"));
    }
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, start, length));
      Snapshot snapshot = BinaryCodec.readSnapshot(in);
      if (in.available() > 0) {
        return new SnapshotRead(Snapshot.NONE, Optional.of(prefix + "unexpected bytes after the snapshot"));
      }
      return new SnapshotRead(snapshot, Optional.empty());
    } catch (IOException e) {
      return new SnapshotRead(Snapshot.NONE, Optional.of(prefix + "unreadable: " + e.getMessage()));
    }
  }

  /** Reads a whole log file into the state it describes, or finds why it cannot. */
  private static final class Replay {
    private final Path file;
    private final byte[] bytes;
    long validBytes;
    long term;
    Optional<NodeId> votedFor = Optional.empty();
    /** The replayed entries, the first of which has index {@code first} (a rewritten log starts after its snapshot). */
    final List<LogEntry> entries = new ArrayList<>();
    long first = 1;
    boolean sawEntries;

    Replay(Path file, byte[] bytes) {
      this.file = file;
      this.bytes = bytes;
    }

    /** The log these records describe after {@code snapshot}, by the rule of {@link RaftLog#withSnapshot}. */
    RaftLog logAfter(Snapshot snapshot) {
      long base = snapshot.lastIndex();
      if (base == 0) {
        if (first != 1) {
          throw new IllegalArgumentException("entries start at " + first + " but there is no snapshot");
        }
        return RaftLog.of(entries);
      }
      long last = first + entries.size() - 1;
      if (!entries.isEmpty() && first <= base && base <= last && entries.get((int) (base - first)).term() == snapshot.lastTerm()) {
        return RaftLog.of(snapshot, entries.subList((int) (base - first + 1), entries.size()));
      }
      if (first == base + 1) {
        return RaftLog.of(snapshot, entries); // the log was rewritten for this snapshot
      }
      return RaftLog.of(snapshot, List.of()); // an older log that disagrees with the snapshot
    }

    Optional<String> run() {
      if (bytes.length < MAGIC.length) {
        // Torn while the file was being created: fine if what is there is the start of the magic.
        return Arrays.equals(bytes, 0, bytes.length, MAGIC, 0, bytes.length)
            ? Optional.empty()
            : Optional.of(file + ": not a raft-kv write-ahead log (bad magic)");
      }
      if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return Optional.of(file + ": not a raft-kv write-ahead log (bad magic)");
      }
      int offset = MAGIC.length;
      int record = 1;
      while (bytes.length - offset >= HEADER_BYTES) {
        ByteBuffer header = ByteBuffer.wrap(bytes, offset, HEADER_BYTES);
        int length = header.getInt();
        int check = header.getInt();
        int crc = header.getInt();
        if (check != ~length || length < 1 || length > MAX_RECORD_BYTES) {
          return corrupt(offset, record, "damaged record header");
        }
        if (bytes.length - offset - HEADER_BYTES < length) {
          break; // a torn tail: the last append never finished
        }
        CRC32C actual = new CRC32C();
        actual.update(bytes, offset + HEADER_BYTES, length);
        if ((int) actual.getValue() != crc) {
          return corrupt(offset, record, "checksum mismatch");
        }
        Optional<String> problem = apply(new DataInputStream(new ByteArrayInputStream(bytes, offset + HEADER_BYTES, length)));
        if (problem.isPresent()) {
          return corrupt(offset, record, problem.get());
        }
        offset += HEADER_BYTES + length;
        record++;
      }
      validBytes = offset;
      return Optional.empty();
    }

    private Optional<String> apply(DataInputStream in) {
      try {
        byte kind = in.readByte();
        if (kind == HARD_STATE) {
          term = in.readLong();
          votedFor = BinaryCodec.readOptional(in).map(NodeId::of);
        } else if (kind == ENTRIES) {
          long from = in.readLong();
          List<LogEntry> suffix = BinaryCodec.readEntries(in);
          if (!sawEntries) {
            first = from;
            sawEntries = true;
          }
          if (from < first || from > first + entries.size()) {
            return Optional.of("entries from " + from + " do not continue entries " + first + ".." + (first + entries.size() - 1));
          }
          for (int i = 0; i < suffix.size(); i++) {
            if (suffix.get(i).index() != from + i) {
              return Optional.of("entry " + suffix.get(i).index() + " where " + (from + i) + " belongs");
            }
          }
          entries.subList(Math.toIntExact(from - first), entries.size()).clear();
          entries.addAll(suffix);
        } else {
          return Optional.of("unknown record kind " + kind);
        }
        if (in.available() > 0) {
          return Optional.of(in.available() + " unexpected bytes after the record");
        }
        return Optional.empty();
      } catch (IOException e) {
        return Optional.of("unreadable record: " + e.getMessage());
      }
    }

    private Optional<String> corrupt(int offset, int record, String what) {
      return Optional.of(file + ": corrupt at byte " + offset + " (record " + record + "): " + what
          + "; refusing to start on data that is not what was synced (see ADR-13)");
    }
  }
}
