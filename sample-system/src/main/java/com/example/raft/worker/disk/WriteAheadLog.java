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
//! The file grows without bound: without snapshots, the log is the only copy of the state.
package com.example.raft.worker.disk;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A {@link DurableStore} in one append-only file of checksummed records. Open it with {@link
 * #open}, which recovers what the file holds; saves are buffered by the operating system until
 * {@link #sync}. Not thread-safe: one node's thread owns it.
 */
@Decision(value = "ADR-13", note = "framed, checksummed records; torn tail cut, corruption refused")
public final class WriteAheadLog implements DurableStore, AutoCloseable {

  /** The file's name inside a node's data folder. */
  public static final String FILE_NAME = "wal.log";

  static final byte[] MAGIC = "RKVWAL01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = 12;
  /** No record is larger; a header announcing more is damaged. */
  static final int MAX_RECORD_BYTES = 64 << 20;

  private static final byte HARD_STATE = 1;
  private static final byte ENTRIES = 2;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  // A mirror of what the file says, so recover() after a restart in the same process is cheap.
  private long term;
  private Optional<NodeId> votedFor;
  private final List<LogEntry> entries;
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

  private WriteAheadLog(Path file, FileChannel channel, FileLock lock, long term, Optional<NodeId> votedFor, List<LogEntry> entries) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.term = term;
    this.votedFor = votedFor;
    this.entries = entries;
  }

  //! Recovery reads the whole file, record by record, and stops at the first incomplete one.
  //! Everything before it is replayed into the mirror; the incomplete rest is truncated away
  //! (and that truncation synced) before the first new record is appended, so a torn tail can
  //! never end up *between* two good records.

  /**
   * Opens (creating if needed) the log in {@code folder}, recovers its contents and locks it
   * against a second process. I/O failures other than damage are thrown.
   */
  public static Opening open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException heldHere) {
      lock = null; // this JVM already holds it: the same answer as for another process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return new Refused(file + ": in use by another process (is that node already running?)");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      Replay replay = new Replay(file, bytes);
      Optional<String> problem = replay.run();
      if (problem.isPresent()) {
        lock.release();
        channel.close();
        return new Refused(problem.get());
      }
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
      WriteAheadLog log = new WriteAheadLog(file, channel, lock, replay.term, replay.votedFor, replay.entries);
      return new Opened(log, log.recover(), Math.max(0, dropped));
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
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
    if (fromIndex < 1 || fromIndex > entries.size() + 1) {
      throw new IllegalArgumentException("gap in the log: writing from " + fromIndex + " after " + entries.size());
    }
    append(out -> {
      out.writeByte(ENTRIES);
      out.writeLong(fromIndex);
      BinaryCodec.writeEntries(out, suffix);
    });
    entries.subList(Math.toIntExact(fromIndex - 1), entries.size()).clear();
    entries.addAll(suffix);
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
    return new DurableState(term, votedFor, RaftLog.of(entries));
  }

  /** The file this log writes. */
  public Path file() {
    return file;
  }

  /** Releases the file; unsynced saves may or may not survive, as in a crash. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  private interface Payload {
    void writeTo(DataOutputStream out) throws IOException;
  }

  private void append(Payload payload) {
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream(64);
      DataOutputStream out = new DataOutputStream(body);
      payload.writeTo(out);
      out.flush();
      channel.write(ByteBuffer.wrap(frame(body.toByteArray())));
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

  /** Reads a whole file into the state it describes, or finds why it cannot. */
  private static final class Replay {
    private final Path file;
    private final byte[] bytes;
    long validBytes;
    long term;
    Optional<NodeId> votedFor = Optional.empty();
    final List<LogEntry> entries = new ArrayList<>();

    Replay(Path file, byte[] bytes) {
      this.file = file;
      this.bytes = bytes;
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
      try {
        RaftLog.of(entries);
      } catch (IllegalArgumentException broken) {
        return Optional.of(file + ": the records replay to an impossible log: " + broken.getMessage());
      }
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
          if (from < 1 || from > entries.size() + 1) {
            return Optional.of("entries from " + from + " leave a gap after " + entries.size());
          }
          for (int i = 0; i < suffix.size(); i++) {
            if (suffix.get(i).index() != from + i) {
              return Optional.of("entry " + suffix.get(i).index() + " where " + (from + i) + " belongs");
            }
          }
          entries.subList(Math.toIntExact(from - 1), entries.size()).clear();
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
