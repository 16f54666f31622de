package org.okrsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * Runs {@code build} and {@code check} of a small or mid-sized organisation in a JVM tuned for a
 * short batch job: the quick (C1) compiler only, and the serial garbage collector. A build of 1,000
 * people is a few seconds of work, and the default JVM spends over half its CPU on compiling code
 * with the optimising compiler that the build has finished by the time it is ready; two cores fight
 * over it. Measured here: 1,000 people 9.2 → 5.3 s, 4,000 people 22.5 → 18.9 s, 100 people 2.5 →
 * 1.4 s. Past some 5,000 people the optimised code pays for itself, so large organisations keep the
 * default.
 *
 * <p>Only when okrsite runs as {@code java -jar okrsite.jar} with no JVM option of the user's
 * ({@code -Xmx2g}, {@code JAVA_TOOL_OPTIONS}, …: those are theirs to tune; {@code -Xlog:} options
 * only log, and are passed on) and {@code OKRSITE_JVM} is not {@code as-is}. The size is judged by
 * {@code organisation.yaml} at the source root; without one the organisation counts as small. The
 * tuned JVM is started with the same arguments and the same standard input and output; its exit
 * status is returned.
 */
final class BatchJvm {
  /** Set in the tuned JVM, so that it does not start another. */
  static final String PROPERTY = "okrsite.jvm";

  static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** {@code organisation.yaml} takes some 90 bytes a person: this is about 5,800 people. */
  static final long MAX_ORGANISATION_BYTES = 512 * 1024;

  private BatchJvm() {}

  /** The exit status of the command run in a tuned JVM, or empty when it should run in this one. */
  static OptionalInt run(String[] args) {
    if (System.getProperty(PROPERTY) != null || "as-is".equals(System.getenv("OKRSITE_JVM")))
      return OptionalInt.empty();
    if (System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null)
      return OptionalInt.empty();
    Optional<Path> jar = jar();
    List<String> logging = logging();
    if (jar.isEmpty() || logging == null) return OptionalInt.empty();
    Path source = source(args);
    if (source == null || tooLarge(source)) return OptionalInt.empty();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(
        "-XX:+IgnoreUnrecognizedVMOptions"); // a JVM without these options runs as it would anyway
    command.addAll(OPTIONS);
    command.addAll(logging);
    command.add("-D" + PROPERTY + "=batch");
    if (!logging.isEmpty() && !stopLogging()) return OptionalInt.empty();
    command.add("-jar");
    command.add(jar.get().toString());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // run here instead
    }
    Thread stop = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  /**
   * The JVM options this JVM was started with when they only log ({@code -Xlog:gc:file=…}, as the
   * benchmark does): they go to the tuned JVM. Null when there are others, or the command line
   * cannot be read: then this JVM runs the command as the user started it.
   */
  private static List<String> logging() {
    String[] started = ProcessHandle.current().info().arguments().orElse(null);
    if (started == null) return null;
    List<String> options = new ArrayList<>();
    for (String a : started) {
      if (a.equals("-jar")) return options;
      if (!a.startsWith("-Xlog:")) return null;
      options.add(a);
    }
    return null;
  }

  /**
   * Turns this JVM's logging off before the tuned JVM starts writing the same log file, so that
   * this one's last lines (at exit) do not land in the middle of it.
   */
  private static boolean stopLogging() {
    try {
      java.lang.management.ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
              "vmLog",
              new Object[] {new String[] {"disable"}},
              new String[] {String[].class.getName()});
      return true;
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** One line for {@code --verbose}: which JVM runs the command. */
  static String describe() {
    return System.getProperty(PROPERTY) != null
        ? "jvm: tuned for a short run ("
            + String.join(" ", OPTIONS)
            + "); OKRSITE_JVM=as-is keeps the default"
        : "jvm: as started ("
            + Runtime.version()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, heap up to "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB)";
  }

  /** The source folder of a {@code build} or {@code check} command line; null for anything else. */
  static Path source(String[] args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) return null;
    try {
      CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args);
      CommandLine.ParseResult sub = parsed.subcommand();
      if (sub == null || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) return null;
      Object command = sub.commandSpec().userObject();
      if (command instanceof BuildCommand b) return b.common.source;
      if (command instanceof CheckCommand c) return c.common.source;
      return null;
    } catch (CommandLine.ParameterException e) {
      return null; // the command line is wrong: this JVM says so
    }
  }

  private static boolean tooLarge(Path source) {
    try {
      Path organisation = source.resolve("organisation.yaml");
      return Files.isRegularFile(organisation) && Files.size(organisation) > MAX_ORGANISATION_BYTES;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<Path> jar() {
    try {
      Path p = Path.of(BatchJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") && Files.isRegularFile(p)
          ? Optional.of(p)
          : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
