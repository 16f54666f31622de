package org.okrsite.publish;

import java.nio.file.Path;

/**
 * A child-process entry point: takes an output folder's lock, says so, and holds it until killed.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]));
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(120_000);
    lock.close();
  }
}
