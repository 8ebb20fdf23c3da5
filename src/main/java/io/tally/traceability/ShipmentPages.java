package io.tally.traceability;

import io.tally.input.FormOutcome;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.orders.Authorisations;
import io.tally.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shipments with their state and approvals; for the warehouse, forms to create, approve (a second
 * person) and dispatch, through the same service as the API. Each form carries an idempotency key
 * (the key fragment), so a form sent twice takes effect once.
 */
@Controller
class ShipmentPages {
  static final String WAREHOUSE = "hasRole('WAREHOUSE')";
  static final String WAREHOUSE_OR_ADMIN = "hasAnyRole('WAREHOUSE','ADMIN')";
  private static final int RECENT = 50;

  private final CommandExecutor commands;
  private final Shipments shipments;
  private final Authorisations authorisations;

  ShipmentPages(CommandExecutor commands, Shipments shipments, Authorisations authorisations) {
    this.commands = commands;
    this.shipments = shipments;
    this.authorisations = authorisations;
  }

  @GetMapping("/shipments")
  @PreAuthorize(Role.ANY)
  String list(Model model) {
    return page(model);
  }

  @PostMapping("/shipments")
  @PreAuthorize(WAREHOUSE)
  String create(
      IdempotencyKey key,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String authorisation,
      @RequestParam(required = false) String lines,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("draft", new Draft(id, customer, authorisation, lines));
    return act(
        "create",
        htmx,
        response,
        model,
        () ->
            "Shipment "
                + commands
                    .execute(
                        actor,
                        key,
                        FormFields.valid(
                            new ShipmentRequest(
                                id, customer, authorisation, ShipmentLinesText.parse(lines))))
                    .id()
                + " created; a second person approves it.");
  }

  @PostMapping("/shipments/{id}/approval")
  @PreAuthorize(WAREHOUSE_OR_ADMIN)
  String approve(
      @PathVariable String id,
      IdempotencyKey key,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        htmx,
        response,
        model,
        () -> {
          commands.execute(actor, key, new ShipmentCommands.Approve(FormFields.id("id", id)));
          return "Shipment " + id + " approved by " + actor.name() + ".";
        });
  }

  @PostMapping("/shipments/{id}/dispatch")
  @PreAuthorize(WAREHOUSE)
  String dispatch(
      @PathVariable String id,
      IdempotencyKey key,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        htmx,
        response,
        model,
        () -> {
          commands.execute(actor, key, new ShipmentCommands.Dispatch(FormFields.id("id", id)));
          return "Shipment " + id + " dispatched.";
        });
  }

  /**
   * Runs a command and draws the page again with its outcome next to the form it came from. A
   * refusal answers 422/404/409 to a plain form post, but 200 to htmx, which swaps only successful
   * answers into the page.
   */
  private String act(
      String form,
      String htmx,
      HttpServletResponse response,
      Model model,
      Supplier<String> command) {
    CommandRejected refused = FormOutcome.show(model, form, command);
    if (refused == null) {
      model.addAttribute("draft", null);
    } else if (htmx == null) {
      response.setStatus(FormOutcome.status(refused));
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("shipments", shipments.recent(RECENT));
    model.addAttribute("authorisations", authorisations.all(null));
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", null);
    }
    return "shipments";
  }

  /** What the user typed into the create form, drawn again when it is refused. */
  record Draft(String id, String customer, String authorisation, String lines) {}
}
