package org.okrsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar okrsite.jar}. */
@Command(
    name = "okrsite",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns OKRs written as Markdown and YAML into a validated, scored static site.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      InitCommand.class,
      ConvertCommand.class,
      NewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status: done (warnings allowed). */
  public static final int OK = 0;

  /** Exit status: the content has errors. */
  public static final int CONTENT_ERRORS = 1;

  /** Exit status: bad command line. */
  public static final int USAGE = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing command: build, check, serve, init or new");
  }

  public static void main(String[] args) {
    java.util.OptionalInt batch = BatchJvm.run(args);
    System.exit(batch.isPresent() ? batch.getAsInt() : run(args));
  }

  /** Runs a command line and returns its exit status (for tests and the Maven integration). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  /** The configured command line, for embedding (tests capture its output with setOut/setErr). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Failures());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("okrsite: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println(
                  "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    return cl;
  }
}
