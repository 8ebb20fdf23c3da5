package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import org.springframework.stereotype.Component;

/** Closes a lot by hand (MANUAL); its run goes on and opens a new lot at its next count. */
@Component
class CloseLot implements CommandHandler<RunCommands.Close, ProductionLotView> {
  private final PlantLookup plant;
  private final LotBook lots;

  CloseLot(PlantLookup plant, LotBook lots) {
    this.plant = plant;
    this.lots = lots;
  }

  @Override
  public Class<RunCommands.Close> commandType() {
    return RunCommands.Close.class;
  }

  @Override
  public ProductionLotView handle(RunCommands.Close command, Actor actor) {
    return lots.close(actor, command.lot(), CloseRule.MANUAL, plant.now());
  }
}
