package io.tally.demo;

import io.tally.execution.ExecutionQueries;
import io.tally.kernel.CommandExecutor;
import io.tally.orders.Orders;
import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import io.tally.security.Users;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the database with a plausible stretch of the reference plant's life through the same
 * services and API the users call. The caller starts the server with a {@link DemoClock} as the
 * application's clock; the demo moves it to each step's simulated time.
 */
@Component
public class Demo {
  private final Users users;
  private final PlantService plants;
  private final CommandExecutor executor;
  private final Orders orders;
  private final ExecutionQueries execution;
  private final JsonMapper json;
  private final TransactionTemplate tx;
  private final DemoOperator.Commands operatorCommands;
  private final DemoStores.Commands storesCommands;
  private final DemoDispatch.Commands dispatchCommands;
  private final DemoScrap.Commands scrapCommands;
  private final DemoRecall.Commands recallCommands;
  private final DemoPeriods periods;
  private final DemoCorrections.Commands correctionCommands;

  Demo(
      Users users,
      PlantService plants,
      CommandExecutor executor,
      Orders orders,
      ExecutionQueries execution,
      JsonMapper json,
      TransactionTemplate tx,
      DemoOperator.Commands operatorCommands,
      DemoStores.Commands storesCommands,
      DemoDispatch.Commands dispatchCommands,
      DemoScrap.Commands scrapCommands,
      DemoRecall.Commands recallCommands,
      DemoPeriods periods,
      DemoCorrections.Commands correctionCommands) {
    this.users = users;
    this.plants = plants;
    this.executor = executor;
    this.orders = orders;
    this.execution = execution;
    this.json = json;
    this.tx = tx;
    this.operatorCommands = operatorCommands;
    this.storesCommands = storesCommands;
    this.dispatchCommands = dispatchCommands;
    this.scrapCommands = scrapCommands;
    this.recallCommands = recallCommands;
    this.periods = periods;
    this.correctionCommands = correctionCommands;
  }

  /** Whether the database already holds a production run (a demo is then refused by default). */
  public boolean hasProduction() {
    return !execution.runs(null, false, 1).isEmpty();
  }

  /**
   * Adds the demo users (their passwords printed once to {@code out}), then simulates the days from
   * {@code first} to {@code realNow}; quality's decisions go through the HTTP API on {@code port}.
   */
  public DemoSummary run(
      DemoClock clock, int port, long seed, LocalDate first, Instant realNow, PrintWriter out) {
    DemoUsers demoUsers = DemoUsers.create(users, out);
    Plant plant = plants.plant();
    DemoStores stores = new DemoStores(storesCommands, demoUsers, plant);
    DemoSteps steps = new DemoSteps(clock, tx);
    DemoContracts contracts = new DemoContracts(executor, orders, demoUsers);
    DemoMonth.Crew crew =
        new DemoMonth.Crew(
            demoUsers,
            new DemoOperator(operatorCommands, demoUsers),
            new DemoQuality(json, port, demoUsers),
            stores,
            contracts,
            new DemoDispatch(dispatchCommands, demoUsers, contracts),
            steps,
            new DemoScrap(scrapCommands, demoUsers),
            new DemoRecall(recallCommands, demoUsers),
            new DemoCorrections(correctionCommands, demoUsers, steps));
    periods.plan(steps, demoUsers, clock.instant(), realNow, out);
    return new DemoMonth(plant, executor, crew, seed).run(first, realNow);
  }
}
