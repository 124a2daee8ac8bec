package dev.archdoc.core.publish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two publishes out of one folder at the same time: an operating-system lock on a file beside
 * the folder ({@code .<name>.archdoc-lock}). The system drops the lock when its holder ends, however
 * it ends, so a lock left by a crash is never mistaken for a live one and no timestamp is guessed
 * at. The file itself stays: deleting it on release would let a publish that opened the old file
 * and one that made a new file both hold "the" lock.
 */
final class PublishLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private PublishLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a versioned folder. */
  static Path fileFor(Path target) {
    Path normal = target.toAbsolutePath().normalize();
    return normal.resolveSibling("." + normal.getFileName() + ".archdoc-lock");
  }

  /**
   * Takes the folder's lock, without waiting.
   *
   * @throws PublishLock.Held when another publish holds it (in this process or another)
   */
  static PublishLock take(Path target) throws IOException {
    Path file = fileFor(target);
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // this process holds it already
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new Held(file, target.toAbsolutePath().normalize(), holder);
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(whoAmI().getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
    return new PublishLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer text = ByteBuffer.allocate(200);
      int read = channel.read(text, 0);
      return read <= 0 ? "" : new String(text.array(), 0, read, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** What the lock file says while held: the process, so the one refused can tell who to wait for. */
  private static String whoAmI() {
    return "archdoc publish, process " + ManagementFactory.getRuntimeMXBean().getName() + "\n";
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** Another publish holds the folder's lock; nothing was changed. */
  static final class Held extends IOException {
    Held(Path lockFile, Path target, String holder) {
      super("another publish into " + target + " is running" + (holder.isEmpty() ? "" : " (" + holder + ")")
          + ": it holds " + lockFile + "; nothing was changed, publish again when it is done");
    }
  }
}
