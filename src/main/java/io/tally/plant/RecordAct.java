package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.AcceptanceAct;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records a signed acceptance act for a stage or a line; its id is used once. */
@Component
class RecordAct implements CommandHandler<AcceptanceActRequest, ActView> {
  private final PlantService plant;
  private final Lines lines;
  private final JdbcClient jdbc;
  private final Ledger ledger;

  RecordAct(PlantService plant, Lines lines, JdbcClient jdbc, Ledger ledger) {
    this.plant = plant;
    this.lines = lines;
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  @Override
  public Class<AcceptanceActRequest> commandType() {
    return AcceptanceActRequest.class;
  }

  @Override
  public ActView handle(AcceptanceActRequest request, Actor actor) {
    AcceptanceAct act = request.toAct();
    if (act.stage() != null
        && plant.plant().stages().stream().noneMatch(s -> s.id().equals(act.stage()))) {
      throw CommandRejected.notFound("stage", "no stage '" + act.stage() + "'");
    }
    if (act.line() != null) {
      lines.find(act.line().value());
    }
    boolean exists =
        jdbc.sql("SELECT COUNT(*) FROM acceptance_act WHERE id = ?")
                .param(act.id())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      throw CommandRejected.conflict("id", "an act '" + act.id() + "' is already recorded");
    }
    long seq = ledger.append(actor, PlantEvent.AcceptanceActRecorded.of(act)).get(0).seq();
    return ActView.of(act, seq);
  }
}
