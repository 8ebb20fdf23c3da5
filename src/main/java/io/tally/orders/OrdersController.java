package io.tally.orders;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.PlantService;
import io.tally.plant.model.Customer;
import io.tally.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class OrdersController {
  private final PlantService plant;
  private final Authorisations authorisations;
  private final Orders orders;
  private final DemandAgainstCapacity demand;
  private final CommandExecutor commands;

  OrdersController(
      PlantService plant,
      Authorisations authorisations,
      Orders orders,
      DemandAgainstCapacity demand,
      CommandExecutor commands) {
    this.plant = plant;
    this.commands = commands;
    this.authorisations = authorisations;
    this.orders = orders;
    this.demand = demand;
  }

  /** Open orders' demand per month and product family beside the lines' dated capacity. */
  @GetMapping("/capacity-against-demand")
  @PreAuthorize(Role.ANY)
  List<DemandAgainstCapacity.Row> capacityAgainstDemand(
      @RequestParam(required = false) @Day java.time.YearMonth from,
      @RequestParam(defaultValue = "12") int months) {
    return demand.of(from == null ? java.time.YearMonth.now() : from, months);
  }

  @GetMapping("/orders")
  @PreAuthorize(Role.ANY)
  List<CustomerOrder> orders() {
    return orders.all();
  }

  @GetMapping("/orders/{id}")
  @PreAuthorize(Role.ANY)
  CustomerOrder order(@PathVariable @Ident String id) {
    return orders
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no order '" + id + "'"));
  }

  /**
   * Imports orders from CSV ({@code order,customer,product,quantity,due,priority}), all or none.
   */
  @PostMapping(path = "/orders/import", consumes = "text/csv")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description = "order,customer,product,quantity,due,priority (at most 10 MB)",
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  @ResponseStatus(HttpStatus.CREATED)
  Orders.ImportResult importOrders(
      HttpServletRequest request,
      @RequestParam(defaultValue = "orders.csv") @Ident String source,
      IdempotencyKey key,
      Actor actor)
      throws IOException {
    // Read as a stream: the body is bounded where it is read, never held whole as one string.
    return commands.execute(actor, key, orders.read(source, request.getReader()));
  }

  @GetMapping("/customers")
  @PreAuthorize(Role.ANY)
  List<Customer> customers() {
    return plant.plant().customers();
  }

  @GetMapping("/authorisations")
  @PreAuthorize(Role.ANY)
  List<Authorisation> authorisations(@RequestParam(required = false) @Ident String customer) {
    return authorisations.all(customer);
  }

  @GetMapping("/authorisations/{id}")
  @PreAuthorize(Role.ANY)
  Authorisation authorisation(@PathVariable @Ident String id) {
    return authorisations
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no authorisation '" + id + "'"));
  }

  @PostMapping("/authorisations")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  @ResponseStatus(HttpStatus.CREATED)
  Authorisation record(
      @RequestBody @Valid AuthorisationRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }
}
