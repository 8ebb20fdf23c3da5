package io.tally.execution;

import io.tally.input.Ident;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.Line;
import io.tally.security.Role;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Execution's reads: what lines do now, runs, lots, work orders. Any signed-in role may read. */
@RestController
@RequestMapping("/api/execution")
class ExecutionReadController {
  private static final int MAX_LIMIT = 1000;
  private final ExecutionQueries queries;
  private final PlantLookup plant;

  ExecutionReadController(ExecutionQueries queries, PlantLookup plant) {
    this.queries = queries;
    this.plant = plant;
  }

  @GetMapping("/lines")
  @PreAuthorize(Role.ANY)
  List<LineActivity> lines() {
    return plant.plant().lines().stream().map(this::activity).toList();
  }

  @GetMapping("/lines/{line}")
  @PreAuthorize(Role.ANY)
  LineActivity line(@PathVariable @Ident String line) {
    return activity(plant.line(line));
  }

  private LineActivity activity(Line l) {
    return new LineActivity(
        l.id().value(),
        queries.openRun(l.id()).orElse(null),
        queries.openStop(l.id()).orElse(null));
  }

  @GetMapping("/runs")
  @PreAuthorize(Role.ANY)
  List<RunView> runs(
      @RequestParam(required = false) @Ident String line,
      @RequestParam(defaultValue = "false") boolean open,
      @RequestParam(defaultValue = "100") int limit) {
    return queries.runs(line, open, limit(limit));
  }

  @GetMapping("/runs/{run}")
  @PreAuthorize(Role.ANY)
  RunView run(@PathVariable @Ident String run) {
    return queries
        .run(run)
        .orElseThrow(() -> CommandRejected.notFound("run", "no run '" + run + "'"));
  }

  @GetMapping("/lots")
  @PreAuthorize(Role.ANY)
  List<ProductionLotView> lots(
      @RequestParam(required = false) @Ident String line,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") int limit) {
    return queries.lots(line, status == null ? null : status(status), limit(limit));
  }

  @GetMapping("/lots/{lot}")
  @PreAuthorize(Role.ANY)
  ProductionLotView lot(@PathVariable @Ident String lot) {
    return queries
        .lot(lot)
        .orElseThrow(() -> CommandRejected.notFound("lot", "no lot '" + lot + "'"));
  }

  @GetMapping("/work-orders/{id}")
  @PreAuthorize(Role.ANY)
  WorkOrderView workOrder(@PathVariable @Ident String id) {
    return queries
        .workOrder(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no work order '" + id + "'"));
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw CommandRejected.invalid("limit", "limit must be 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  private static ProductionLotStatus status(String text) {
    for (ProductionLotStatus s : ProductionLotStatus.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw CommandRejected.invalid("status", "status is OPEN or CLOSED");
  }
}
