package com.example.raft.worker.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Command;
import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.RaftLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-ahead log survives a crash at every byte: each prefix of a written file recovers to
 * exactly the records wholly inside it, and a flipped bit anywhere is refused with a message that
 * names the file and the place.
 */
@DisplayName("Write-ahead log")
class WriteAheadLogTest {

  @TempDir Path folder;

  private static final NodeId N1 = NodeId.of("n1");

  /** The state after each record of a small but varied history: votes, appends, a conflict repair. */
  private List<DurableState> writeHistory(WriteAheadLog log) {
    List<DurableState> after = new ArrayList<>();
    log.saveHardState(1, Optional.of(N1));
    after.add(log.recover());
    log.saveEntries(1, List.of(entry(1, 1, new Command.NoOp()), entry(1, 2, put("a", "1"))));
    after.add(log.recover());
    log.saveEntries(3, List.of(entry(1, 3, put("b", "2"))));
    after.add(log.recover());
    log.saveHardState(2, Optional.empty());
    after.add(log.recover());
    log.saveEntries(2, List.of(entry(2, 2, put("a", "x")), entry(2, 3, new ClientCommand("c", 7, new Operation.Delete("a")))));
    after.add(log.recover());
    log.saveHardState(2, Optional.of(NodeId.of("n3")));
    after.add(log.recover());
    log.sync();
    return after;
  }

  @Test
  @DisplayName("what was synced is recovered after a restart")
  void recoversWhatWasSynced() throws IOException {
    List<DurableState> states;
    try (WriteAheadLog log = opened(folder)) {
      states = writeHistory(log);
    }
    WriteAheadLog.Opened reopened = assertInstanceOf(WriteAheadLog.Opened.class, WriteAheadLog.open(folder));
    try (WriteAheadLog log = reopened.log()) {
      assertEquals(states.get(states.size() - 1), reopened.state());
      assertEquals(0, reopened.tornBytesDropped());
      assertEquals(3, reopened.state().log().lastIndex());
    }
  }

  @Test
  @DisplayName("a crash at every byte boundary recovers a clean prefix of the records, and appending after it works")
  void everyPrefixRecoversAPrefixOfRecords() throws IOException {
    Path original = folder.resolve("original");
    List<DurableState> states;
    try (WriteAheadLog log = opened(original)) {
      states = writeHistory(log);
    }
    byte[] bytes = Files.readAllBytes(original.resolve(WriteAheadLog.FILE_NAME));
    List<Integer> boundaries = recordBoundaries(bytes);
    assertEquals(states.size() + 1, boundaries.size(), "one boundary after the magic and one after each record");

    for (int length = 0; length <= bytes.length; length++) {
      Path crashed = folder.resolve("crash-" + length);
      Files.createDirectories(crashed);
      Files.write(crashed.resolve(WriteAheadLog.FILE_NAME), Arrays.copyOf(bytes, length));
      int complete = 0;
      while (complete < states.size() && boundaries.get(complete + 1) <= length) {
        complete++;
      }
      DurableState expected = complete == 0 ? DurableState.EMPTY : states.get(complete - 1);
      WriteAheadLog.Opening opening = WriteAheadLog.open(crashed);
      if (!(opening instanceof WriteAheadLog.Opened opened)) {
        fail("prefix of " + length + " bytes was refused: " + opening);
        return;
      }
      try (WriteAheadLog log = opened.log()) {
        assertEquals(expected, opened.state(), "prefix of " + length + " bytes");
        long kept = length < WriteAheadLog.MAGIC.length ? 0 : boundaries.get(complete);
        assertEquals(length - kept, opened.tornBytesDropped(), "torn bytes of a " + length + "-byte prefix");
        // The log must stay appendable: a new record after the cut is recovered too.
        log.saveHardState(9, Optional.of(N1));
        log.sync();
      }
      WriteAheadLog.Opened again = assertInstanceOf(WriteAheadLog.Opened.class, WriteAheadLog.open(crashed));
      try (WriteAheadLog log = again.log()) {
        assertEquals(new DurableState(9, Optional.of(N1), expected.log()), again.state(), "append after a " + length + "-byte prefix");
      }
    }
  }

  @Test
  @DisplayName("a flipped bit anywhere in a synced file is refused with the file and byte offset, never silently cut")
  void everyBitFlipIsRefused() throws IOException {
    Path original = folder.resolve("original");
    try (WriteAheadLog log = opened(original)) {
      writeHistory(log);
    }
    byte[] bytes = Files.readAllBytes(original.resolve(WriteAheadLog.FILE_NAME));
    for (int position = 0; position < bytes.length; position++) {
      for (int bit : new int[] {0, 7}) {
        byte[] damaged = bytes.clone();
        damaged[position] ^= (byte) (1 << bit);
        Path copy = folder.resolve("flip-" + position + "-" + bit);
        Files.createDirectories(copy);
        Files.write(copy.resolve(WriteAheadLog.FILE_NAME), damaged);
        WriteAheadLog.Opening opening = WriteAheadLog.open(copy);
        if (opening instanceof WriteAheadLog.Opened opened) {
          opened.log().close();
          fail("bit " + bit + " of byte " + position + " flipped, yet the log opened with " + opened.state());
        }
        String problem = ((WriteAheadLog.Refused) opening).problem();
        assertTrue(problem.startsWith(copy.resolve(WriteAheadLog.FILE_NAME).toString()), problem);
        assertTrue(problem.contains("corrupt at byte") || problem.contains("bad magic") || problem.contains("impossible log"), problem);
      }
    }
  }

  @Test
  @DisplayName("a second process cannot open a log that is in use")
  void refusesASecondOpener() throws IOException {
    try (WriteAheadLog log = opened(folder)) {
      WriteAheadLog.Opening second = WriteAheadLog.open(folder);
      assertTrue(((WriteAheadLog.Refused) second).problem().contains("in use"), second.toString());
    }
  }

  @Test
  @DisplayName("a file that is not a write-ahead log is refused, not overwritten")
  void refusesAForeignFile() throws IOException {
    Files.writeString(folder.resolve(WriteAheadLog.FILE_NAME), "hello, this is not a log");
    WriteAheadLog.Opening opening = WriteAheadLog.open(folder);
    assertTrue(((WriteAheadLog.Refused) opening).problem().contains("bad magic"), opening.toString());
    assertEquals("hello, this is not a log", Files.readString(folder.resolve(WriteAheadLog.FILE_NAME)));
  }

  @Test
  @DisplayName("a long log recovers in order and as one Raft log")
  void longLogRecovers() throws IOException {
    List<LogEntry> written = new ArrayList<>();
    try (WriteAheadLog log = opened(folder)) {
      for (int i = 1; i <= 2_000; i++) {
        LogEntry entry = entry(1 + i / 500, i, put("k" + i % 13, "v" + i));
        written.add(entry);
        log.saveEntries(i, List.of(entry));
      }
      log.sync();
    }
    WriteAheadLog.Opened reopened = assertInstanceOf(WriteAheadLog.Opened.class, WriteAheadLog.open(folder));
    try (WriteAheadLog log = reopened.log()) {
      assertEquals(RaftLog.of(written), reopened.state().log());
    }
  }

  private static WriteAheadLog opened(Path folder) throws IOException {
    return assertInstanceOf(WriteAheadLog.Opened.class, WriteAheadLog.open(folder)).log();
  }

  /** Offsets where a record may end: after the magic, then after each framed record. */
  private static List<Integer> recordBoundaries(byte[] bytes) {
    List<Integer> boundaries = new ArrayList<>(List.of(WriteAheadLog.MAGIC.length));
    int offset = WriteAheadLog.MAGIC.length;
    while (offset < bytes.length) {
      int length = java.nio.ByteBuffer.wrap(bytes, offset, 4).getInt();
      offset += WriteAheadLog.HEADER_BYTES + length;
      boundaries.add(offset);
    }
    return boundaries;
  }

  private static LogEntry entry(long term, long index, Command command) {
    return new LogEntry(term, index, command);
  }

  private static ClientCommand put(String key, String value) {
    return new ClientCommand("client", 1, new Operation.Put(key, value));
  }
}
