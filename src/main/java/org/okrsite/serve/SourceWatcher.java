package org.okrsite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a folder and everything under it (content and {@code themes/}) and calls back once per
 * burst of changes. Uses the platform's {@link WatchService}, registering folders as they appear,
 * and also compares a fingerprint of the tree (path, size, modification time) every {@code poll}
 * interval, because some file systems (network shares, some containers, macOS' polling watcher)
 * report late or never. Editors save in several steps, so events are debounced: the callback runs
 * once things have been quiet for {@code debounce}.
 */
final class SourceWatcher implements AutoCloseable {
  private final Path root;
  private final java.util.function.Consumer<java.util.Set<Path>> onChange;

  /**
   * Files the events of the current burst named; {@code unknown} when a change came from polling.
   */
  private final java.util.Set<Path> touched = new java.util.TreeSet<>();

  private boolean unknown;

  /** When the fingerprint was last compared, and how long that took (it walks the whole tree). */
  private long lastPoll = System.nanoTime();

  private long pollCostNanos;
  private final long debounceMs;
  private final long pollMs;
  private final WatchService service;
  private final Thread thread;
  private volatile boolean running = true;
  private Map<String, String> fingerprint;

  /**
   * Calls {@code onChange} after each burst with the files that changed (absolute paths), or with
   * null when they are not known (the change was seen by polling, or a folder changed).
   */
  SourceWatcher(
      Path root,
      long debounceMs,
      long pollMs,
      java.util.function.Consumer<java.util.Set<Path>> onChange)
      throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.onChange = onChange;
    this.debounceMs = debounceMs;
    this.pollMs = pollMs;
    this.service = FileSystems.getDefault().newWatchService();
    registerTree(this.root);
    this.fingerprint = timedFingerprint();
    this.thread = new Thread(this::loop, "okrsite-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        WatchKey key = service.poll(pollMs, TimeUnit.MILLISECONDS);
        boolean changed = key != null && drain(key);
        if (!changed && pollDue()) {
          Map<String, String> now = timedFingerprint();
          // the files that differ, so that polling names them as precisely as events do
          for (String f : differences(fingerprint, now)) touched.add(root.resolve(f).normalize());
          changed = !touched.isEmpty();
        }
        if (!changed) continue;
        // Quiet period: keep swallowing events until none arrive for debounceMs.
        WatchKey more;
        while ((more = service.poll(debounceMs, TimeUnit.MILLISECONDS)) != null) drain(more);
        java.util.Set<Path> files = unknown ? null : java.util.Set.copyOf(touched);
        touched.clear();
        unknown = false;
        if (running) onChange.accept(files);
        // the saved files' new size and time become the baseline; a full walk of a large tree
        // here would delay noticing the next save by as long as the walk takes
        if (files == null) fingerprint = timedFingerprint();
        else for (Path f : files) note(f);
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException | Error e) {
        // A failed rebuild must not stop watching (even out of memory: the next save may be
        // smaller).
        System.err.println("okrsite: rebuilding failed: " + e + "; still watching for changes");
      }
    }
  }

  /**
   * Whether the fingerprint should be compared now: every poll interval, but in a large tree no
   * more than a twentieth of the time, so the fallback never keeps a core busy walking files.
   */
  private boolean pollDue() {
    long now = System.nanoTime();
    long interval = Math.max(TimeUnit.MILLISECONDS.toNanos(pollMs), 20 * pollCostNanos);
    return now - lastPoll >= interval;
  }

  /** Updates the fingerprint for one file (absolute path). */
  private void note(Path file) {
    String key = root.relativize(file).toString();
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isRegularFile()) fingerprint.put(key, a.size() + "@" + a.lastModifiedTime());
      else fingerprint.remove(key);
    } catch (IOException | RuntimeException e) {
      fingerprint.remove(key);
    }
  }

  private static java.util.Set<String> differences(
      Map<String, String> before, Map<String, String> after) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    after.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k))) out.add(k);
        });
    for (String k : before.keySet()) if (!after.containsKey(k)) out.add(k);
    return out;
  }

  private Map<String, String> timedFingerprint() {
    long start = System.nanoTime();
    Map<String, String> f = fingerprint();
    lastPoll = System.nanoTime();
    pollCostNanos = lastPoll - start;
    return f;
  }

  /**
   * Reads a key's events, registering new folders and noting changed files; true when anything
   * happened.
   */
  private boolean drain(WatchKey key) {
    boolean any = false;
    for (var event : key.pollEvents()) {
      any = true;
      if (!(key.watchable() instanceof Path dir) || !(event.context() instanceof Path name)) {
        unknown = true; // an overflow: which files is not known
        continue;
      }
      Path p = dir.resolve(name);
      if (Files.isDirectory(p)) {
        unknown = true;
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) registerTree(p);
      } else {
        touched.add(p.toAbsolutePath().normalize());
      }
    }
    key.reset();
    return any;
  }

  private void registerTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isDirectory)
          .forEach(
              d -> {
                try {
                  d.register(
                      service,
                      StandardWatchEventKinds.ENTRY_CREATE,
                      StandardWatchEventKinds.ENTRY_DELETE,
                      StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException | RuntimeException e) {
                  // Unwatchable folder: the poll fallback still sees its changes.
                }
              });
    } catch (IOException | RuntimeException e) {
      // The folder went away meanwhile; the poll fallback covers it.
    }
  }

  /** Size and modification time of every file, by path. */
  private Map<String, String> fingerprint() {
    Map<String, String> files = new java.util.HashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.forEach(
          p -> {
            try {
              BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
              if (a.isRegularFile())
                files.put(root.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime());
            } catch (IOException | RuntimeException e) {
              files.put(root.relativize(p).toString(), "gone");
            }
          });
    } catch (IOException | RuntimeException e) {
      return new java.util.HashMap<>(Map.of("", "unreadable"));
    }
    return files;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      service.close();
      thread.join(2000);
    } catch (IOException | InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
