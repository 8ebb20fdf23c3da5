package io.tally.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The auditor's witness, run on their own machine against a Tally server: exit 0 when the newest
 * checkpoint extends the last one it holds (and is cosigned), 1 naming both when the log was rolled
 * back or forked, 2 for bad input or a refused request.
 */
@Command(
    name = "witness",
    description =
        "Check the ledger's newest signed checkpoint against the last one held in DIR, cosign and"
            + " keep it; exit 1 naming both when the log was rolled back or forked.")
class WitnessCommand implements Callable<Integer> {
  @Option(names = "--url", required = true, description = "The Tally server, e.g. https://host")
  String url;

  @Option(names = "--state", required = true, paramLabel = "DIR", description = "State folder.")
  Path state;

  @Option(names = "--user", description = "User (default: env TALLY_WITNESS_USER).")
  String user;

  @Option(
      names = "--password-stdin",
      description = "Read the password from standard input (default: env TALLY_WITNESS_PASSWORD).")
  boolean passwordStdin;

  @Option(
      names = "--key",
      paramLabel = "VKEY",
      description = "The ledger's verifier key (default: the server's, pinned on first use).")
  String key;

  @Option(
      names = "--name",
      defaultValue = "tally-witness",
      description = "This witness's key name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--every", description = "Keep watching, e.g. 60s or 5m (default: once).")
  String every;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Duration pause = every == null ? null : DurationText.parse("--every", every);
    String who = user != null ? user : System.getenv("TALLY_WITNESS_USER");
    String password = password();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new UserInputException("--url: an http or https address, not " + url);
    }
    WitnessState st;
    try {
      st = new WitnessState(state, name);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--name: " + e.getMessage());
    }
    Witness witness = new Witness(new LedgerLogClient(url, who, password), st, key);
    PrintWriter out = spec.commandLine().getOut();
    while (true) {
      Witness.Outcome o;
      try {
        o = witness.check();
      } catch (IOException e) {
        if (pause == null) {
          throw e;
        }
        // A server that is down for a while is not a rollback: say so and look again later.
        spec.commandLine().getErr().println("tally witness: cannot reach " + url + ": " + e);
        Thread.sleep(pause.toMillis());
        continue;
      }
      if (!o.ok()) {
        spec.commandLine().getErr().println("tally witness: " + o.message());
        return 1;
      }
      out.println(o.message());
      if (pause == null) {
        return 0;
      }
      Thread.sleep(pause.toMillis());
    }
  }

  private String password() throws IOException {
    if (!passwordStdin) {
      return System.getenv().getOrDefault("TALLY_WITNESS_PASSWORD", "");
    }
    String p =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (p == null) {
      throw new UserInputException("--password-stdin: no password on standard input");
    }
    return p;
  }
}
