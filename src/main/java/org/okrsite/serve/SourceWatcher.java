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
import java.util.TreeMap;
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
  private final Runnable onChange;
  private final long debounceMs;
  private final long pollMs;
  private final WatchService service;
  private final Thread thread;
  private volatile boolean running = true;
  private String fingerprint;

  SourceWatcher(Path root, long debounceMs, long pollMs, Runnable onChange) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.onChange = onChange;
    this.debounceMs = debounceMs;
    this.pollMs = pollMs;
    this.service = FileSystems.getDefault().newWatchService();
    registerTree(this.root);
    this.fingerprint = fingerprint();
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
        if (!changed) changed = !fingerprint().equals(fingerprint);
        if (!changed) continue;
        // Quiet period: keep swallowing events until none arrive for debounceMs.
        WatchKey more;
        while ((more = service.poll(debounceMs, TimeUnit.MILLISECONDS)) != null) drain(more);
        fingerprint = fingerprint();
        if (running) onChange.run();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // A failed rebuild must not stop watching; the callback reports its own problems.
      }
    }
  }

  /** Reads a key's events, registering new folders; true when anything happened. */
  private boolean drain(WatchKey key) {
    boolean any = false;
    for (var event : key.pollEvents()) {
      any = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
          && event.context() instanceof Path name) {
        Path p = dir.resolve(name);
        if (Files.isDirectory(p)) registerTree(p);
      }
    }
    key.reset();
    return any;
  }

  private void registerTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isDirectory).forEach(d -> {
        try {
          d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
              StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException e) {
          // Unwatchable folder: the poll fallback still sees its changes.
        }
      });
    } catch (IOException | RuntimeException e) {
      // The folder went away meanwhile; the poll fallback covers it.
    }
  }

  /** Path, size and modification time of every file, in path order. */
  private String fingerprint() {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.forEach(p -> {
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) files.put(root.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime());
        } catch (IOException | RuntimeException e) {
          files.put(root.relativize(p).toString(), "gone");
        }
      });
    } catch (IOException | RuntimeException e) {
      return "unreadable";
    }
    return files.toString();
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
