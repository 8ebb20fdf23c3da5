package io.tally.integration.isa95;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.orders.OrderCommands;
import io.tally.orders.Orders;
import io.tally.plant.PlantService;
import io.tally.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** ISA-95 exchange in B2MML V0600: the plan, the production record and the lots out, orders in. */
@RestController
@RequestMapping("/api/isa95")
class Isa95Controller {
  private static final String XML = "application/xml";
  private final B2mmlExport export;
  private final PlantService plant;
  private final CommandExecutor commands;

  Isa95Controller(B2mmlExport export, PlantService plant, CommandExecutor commands) {
    this.export = export;
    this.plant = plant;
    this.commands = commands;
  }

  @GetMapping(path = "/{what}", produces = XML)
  @Operation(
      summary = "Export B2MML (schedule, performance or lots)",
      description =
          "schedule: the accepted plan as a ProductionSchedule; performance: the runs and lots"
              + " as a ProductionPerformance; lots: finished lots with their packaging units and"
              + " genealogy as a MaterialInformation. Days in plant time, both included, at most"
              + " 5 years.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the B2MML V0600 document",
              content = @Content(mediaType = XML, schema = @Schema(type = "string"))))
  @PreAuthorize("hasAnyRole('ADMIN','PLANNER','AUDITOR')")
  ResponseEntity<StreamingResponseBody> export(
      @PathVariable @Schema(allowableValues = {"schedule", "performance", "lots"}) String what,
      @RequestParam(required = false) @Day LocalDate from,
      @RequestParam(required = false) @Day LocalDate to) {
    // Required, but checked here, after the caller's role: a caller the endpoint does not admit
    // gets 403 whatever the query says.
    if (from == null) {
      throw CommandRejected.invalid("from", "from is required (a day, YYYY-MM-DD)");
    }
    if (to == null) {
      throw CommandRejected.invalid("to", "to is required (a day, YYYY-MM-DD)");
    }
    B2mmlExport.What w =
        switch (what) {
          case "schedule" -> B2mmlExport.What.SCHEDULE;
          case "performance" -> B2mmlExport.What.PERFORMANCE;
          case "lots" -> B2mmlExport.What.LOTS;
          default ->
              throw CommandRejected.notFound(
                  "what", "no B2MML export '" + io.tally.input.Forms.echo(what) + "'");
        };
    if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
      throw CommandRejected.invalid("to", "to must be from 'from' to 5 years after it");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .body(out -> export.write(w, from, to, out));
  }

  /**
   * Imports orders from a B2MML ProductionSchedule request, all or none, by the same command as the
   * CSV import.
   */
  @PostMapping(
      path = "/orders",
      consumes = {XML, "text/xml"})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description =
          "a B2MML V0600 ProductionSchedule, one ProductionRequest per order (at most 10 MB)",
      required = true,
      content = @Content(mediaType = XML, schema = @Schema(type = "string")))
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  @ResponseStatus(HttpStatus.CREATED)
  Orders.ImportResult importOrders(
      HttpServletRequest request,
      @RequestParam(defaultValue = "orders.xml") @Ident String source,
      IdempotencyKey key,
      Actor actor)
      throws IOException {
    return commands.execute(actor, key, read(source, request));
  }

  private OrderCommands.Import read(String source, HttpServletRequest request) throws IOException {
    try {
      B2mmlOrders.Read r = B2mmlOrders.read(source, request.getInputStream(), plant.plant());
      return new OrderCommands.Import(source, r.orders(), r.places());
    } catch (B2mmlOrders.Refused e) {
      throw CommandRejected.invalid(e.path(), e.getMessage());
    }
  }
}
