package org.okrsite.cli;

/**
 * The entry point for running okrsite inside another Maven build with {@code exec-maven-plugin}'s
 * {@code exec:java} goal, which runs in Maven's own JVM: {@link Main#main} would end Maven with
 * {@code System.exit}, so this one throws instead and Maven reports a failed build.
 *
 * <pre>{@code
 * <mainClass>org.okrsite.cli.MavenEntry</mainClass>
 * <arguments><argument>build</argument><argument>-s</argument><argument>okrs</argument></arguments>
 * }</pre>
 */
public final class MavenEntry {
  private MavenEntry() {}

  /** Thrown when okrsite ends with a non-zero exit status. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitStatus;

    Failure(int exitStatus, String command) {
      super(
          "okrsite "
              + command
              + " failed with exit status "
              + exitStatus
              + (exitStatus == Main.CONTENT_ERRORS
                  ? " (the content has errors; see the lines above)"
                  : exitStatus == Main.USAGE ? " (bad command line; see the lines above)" : ""));
      this.exitStatus = exitStatus;
    }

    /** 1 content errors, 2 bad command line, 3 internal error. */
    public int exitStatus() {
      return exitStatus;
    }
  }

  /** Runs okrsite; returns normally on success, throws {@link Failure} otherwise. */
  public static void main(String[] args) {
    int status = Main.run(args);
    if (status != Main.OK) throw new Failure(status, args.length == 0 ? "" : args[0]);
  }
}
