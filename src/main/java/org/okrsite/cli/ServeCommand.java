package org.okrsite.cli;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.okrsite.SiteBuilder;
import org.okrsite.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okrsite serve}: build in memory, serve, watch, rebuild and reload the open page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Builds the site in memory and serves it on 127.0.0.1 for writing and reviewing.",
      "Watches the source folder (themes included), rebuilds on every save and reloads the open"
          + " page.",
      "A content error is shown in the page and here; the last good site keeps being served.",
      "Nothing is written to disk. Stop with Ctrl-C."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:stopped",
      "1:could not serve (source missing, port in use)",
      "2:bad command line"
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 shows the site to your"
              + " network).")
  String bind;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      defaultValue = "1313",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be 0–65535, not " + port);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    SiteBuilder.Options options =
        new SiteBuilder.Options(
            common.source, null, common.asOf, common.drafts, common.strict, false);
    DevServer server;
    try {
      server = DevServer.start(new DevServer.Config(options, bind, port, err));
    } catch (BindException e) {
      err.println(
          "okrsite serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")");
      err.println("  another program uses the port; try --port 0 for a free one");
      return Main.CONTENT_ERRORS;
    } catch (IOException e) {
      err.println("okrsite serve: " + e.getMessage());
      return Main.CONTENT_ERRORS;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "okrsite-stop"));
    out.println("Serving " + common.source + " at " + server.url() + "  (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
