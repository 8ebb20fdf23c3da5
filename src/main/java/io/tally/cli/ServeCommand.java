package io.tally.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server: REST API, pages, health, on the embedded default unless configured. */
@Command(name = "serve", description = "Start the Tally server (API, pages, health).")
class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port (default ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--plant",
      paramLabel = "FILE",
      description = "Plant file; the built-in reference plant when absent.")
  java.nio.file.Path plant;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserInputException("--port must be 0 to 65535, got " + port);
    }
    Map<String, Object> props = new java.util.HashMap<>(Map.of("server.port", port));
    if (plant != null) {
      props.put("tally.plant.file", plant.toString());
    }
    var ctx = SpringLauncher.start(true, props);
    String actual = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
    System.out.println("Tally is serving on http://localhost:" + actual + "/ (Ctrl-C to stop)");
    return TallyCommand.KEEP_RUNNING;
  }
}
