package org.okrsite.publish;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held while a site is staged and swapped in, so two builds
 * never write the same output at once. The lock is an operating-system lock ({@link
 * FileChannel#tryLock}) on {@code .NAME.lock} beside the output folder: it dies with the process,
 * so a build killed with {@code kill -9} never leaves a lock that blocks the next one. The file
 * itself stays (deleting a lock file races with a process about to lock it) and holds the holder's
 * pid.
 */
public final class OutputLock implements Closeable {
  /**
   * The locked byte, far past the pid text, so that other processes can still read the pid
   * (Windows).
   */
  private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of an output folder: {@code public} → {@code .public.lock} beside it. */
  public static Path lockFile(Path output) {
    Path out = output.toAbsolutePath().normalize();
    return out.resolveSibling("." + out.getFileName() + ".lock");
  }

  /**
   * Takes the lock without waiting.
   *
   * @throws Locked when another build (in this or another process) holds it
   */
  public static OutputLock acquire(Path output) throws IOException {
    Path file = lockFile(output);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock(LOCK_POSITION, 1, false);
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another build in this JVM (e.g. serve rebuilding)
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new Locked(output.toAbsolutePath().normalize(), holder);
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
        0);
    return new OutputLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      channel.read(b, 0);
      String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
      return pid.matches("[0-9]{1,19}") ? pid : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** Another build holds the output folder's lock. */
  public static final class Locked extends IOException {
    private static final long serialVersionUID = 1L;

    Locked(Path output, String pid) {
      super("another okrsite build is writing " + output + " (pid " + pid + ")");
    }
  }
}
