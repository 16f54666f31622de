package org.okrsite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a fresh JVM on the test classpath, for tests that kill processes or vary JVM settings. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@code java [jvmOptions] -cp <this test run's classpath> mainClass args}, output to {@code
   * log}.
   */
  public static Process start(List<String> jvmOptions, String mainClass, Path log, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:auto");
    cmd.add("-XX:TieredStopAtLevel=1"); // short-lived: start fast rather than peak
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (log != null) pb.redirectOutput(log.toFile());
    return pb.start();
  }
}
