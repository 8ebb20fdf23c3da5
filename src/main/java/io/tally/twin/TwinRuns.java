package io.tally.twin;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileException;
import io.tally.twin.model.Comparison;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Scenario;
import io.tally.twin.model.Settings;
import io.tally.twin.model.Twin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Runs the digital twin on the plant this server runs. A simulation only reads the plant model: it
 * writes no production data and is no ledger entry (it changes no quantity or status). One runs at
 * a time, since a run takes every processor it is given; a request arriving meanwhile waits briefly
 * and is then refused with 409. The last result stays in memory for the page.
 */
@Service
public class TwinRuns {
  static final long WAIT_SECONDS = 2;
  private final PlantService plant;
  private final Clock clock;
  private final Semaphore running = new Semaphore(1);
  private final AtomicReference<TwinRun> last = new AtomicReference<>();

  TwinRuns(PlantService plant, Clock clock) {
    this.plant = plant;
    this.clock = clock;
  }

  /** Runs the request's simulation; with a scenario, compared with the plant as it is. */
  public TwinRun run(Actor actor, SimulationRequest request) {
    Plant p = plant.plant();
    LocalDate start =
        LocalDate.of(LocalDate.now(clock.withZone(p.site().zone())).getYear() + 1, 1, 1);
    Settings settings = request.settings(start, Runtime.getRuntime().availableProcessors());
    Scenario scenario = request.parsedScenario();
    acquire();
    try {
      long t0 = System.nanoTime();
      Comparison comparison = null;
      Forecast forecast;
      if (request.hasScenario()) {
        comparison = Twin.compare(p, scenario, settings, done -> {});
        forecast = comparison.scenario();
      } else {
        forecast = Twin.forecast(p, scenario, settings, done -> {});
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      TwinRun run =
          new TwinRun(
              new SimulationReport(
                  p.site().id(), scenario.name(), settings, forecast, comparison, seconds),
              actor.name(),
              clock.instant().truncatedTo(ChronoUnit.SECONDS));
      last.set(run);
      return run;
    } catch (PlantFileException e) {
      throw SimulationRequest.rejected(e);
    } finally {
      running.release();
    }
  }

  public Optional<TwinRun> last() {
    return Optional.ofNullable(last.get());
  }

  private void acquire() {
    try {
      if (running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw CommandRejected.conflict(
        null, "another simulation is running on this server; try again when it has finished");
  }

  /** The one permit a run holds, so that a test can occupy the server. */
  Semaphore permits() {
    return running;
  }
}
