package io.tally.cli;

import io.tally.demo.Demo;
import io.tally.demo.DemoClock;
import io.tally.demo.DemoSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Fills the configured database with a plausible stretch of the reference plant's life (the {@code
 * demo} module does it), under a simulated clock that ends at the real time. Only the options, the
 * server with the demo's clock and the summary are here.
 */
@Command(
    name = "demo",
    description =
        "Fill the database with DAYS days of simulated production, quality, stores and shipments"
            + " (real commands, simulated clock). Refuses a database with production unless"
            + " --force.")
class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--days",
      defaultValue = "30",
      description = "Days to simulate, 1 to 400 (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--force", description = "Add a demo even if the database has production.")
  boolean force;

  @Option(
      names = "--until",
      description = "Last simulated instant, ISO-8601 (default now; not in the future).")
  String until;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (days < 1 || days > 400) {
      throw new UserInputException("--days must be 1 to 400, got " + days);
    }
    Instant realNow = Clock.systemUTC().instant();
    if (until != null) {
      try {
        Instant end = Instant.parse(until);
        if (end.isAfter(realNow)) {
          throw new UserInputException("--until must not be in the future, got " + until);
        }
        realNow = end;
      } catch (java.time.format.DateTimeParseException e) {
        throw new UserInputException(
            "--until is an ISO-8601 instant such as 2026-11-25T23:00:00Z, got '" + until + "'");
      }
    }
    LocalDate first = LocalDate.ofInstant(realNow, ZoneOffset.UTC).minusDays(days);
    DemoClock clock = new DemoClock(first.atStartOfDay().toInstant(ZoneOffset.UTC));
    ApplicationContextInitializer<GenericApplicationContext> withClock =
        ctx -> ctx.registerBean("demoClock", Clock.class, () -> clock, bd -> bd.setPrimary(true));
    Map<String, Object> props =
        Map.of(
            "server.port", 0,
            "server.address", "127.0.0.1",
            "logging.level.root", "WARN",
            "logging.level.io.tally", "WARN");
    long t0 = System.nanoTime();
    try (var ctx = SpringLauncher.start(true, props, withClock)) {
      Demo demo = ctx.getBean(Demo.class);
      if (demo.hasProduction() && !force) {
        throw new UserInputException(
            "the database already holds production runs; refusing to add a demo (use --force)");
      }
      int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
      PrintWriter out = spec.commandLine().getOut();
      DemoSummary s = demo.run(clock, port, seed, first, realNow, out);
      out.printf(
          "Demo: %d days from %s: %d runs, %d count reports, %d stops, %d lots (%d released,"
              + " %d by concession), %d component lots, %d shipments dispatched, in %s.%n",
          days,
          first,
          s.runs(),
          s.counts(),
          s.stops(),
          s.lots(),
          s.released(),
          s.concessions(),
          s.componentLots(),
          s.shipments(),
          Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s");
      return 0;
    }
  }
}
