package org.okrsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code okrsite serve}: not available yet in this version. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Not available yet in this version of okrsite.")
final class ServeCommand implements Callable<Integer> {
  @Unmatched java.util.List<String> rest;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("okrsite serve: not available yet in this version; use 'okrsite build' and open public/index.html");
    return Main.USAGE;
  }
}
