package io.tally.traceability;

import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerVerification;
import io.tally.orders.Authorisations;
import io.tally.plant.PlantService;
import io.tally.plant.model.CustomerId;
import io.tally.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The printable dispatch note of a shipment, with the ledger entries that record it. */
@Controller
class DispatchNoteController {
  private final Shipments shipments;
  private final Authorisations authorisations;
  private final LedgerEntries entries;
  private final PlantService plant;
  private final LedgerVerification ledger;

  DispatchNoteController(
      Shipments shipments,
      Authorisations authorisations,
      LedgerEntries entries,
      PlantService plant,
      LedgerVerification ledger) {
    this.shipments = shipments;
    this.authorisations = authorisations;
    this.entries = entries;
    this.plant = plant;
    this.ledger = ledger;
  }

  @GetMapping("/shipments/{id}/dispatch-note")
  @PreAuthorize(Role.ANY)
  String note(@PathVariable String id, Model model) {
    ShipmentView s =
        shipments
            .find(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no shipment"));
    model.addAttribute("shipment", s);
    model.addAttribute("site", plant.plant().site());
    model.addAttribute(
        "customer",
        plant
            .plant()
            .findCustomer(new CustomerId(s.customer()))
            .map(c -> c.name())
            .orElse(s.customer()));
    model.addAttribute("authorisation", authorisations.find(s.authorisation()).orElse(null));
    Map<String, Long> byLot = new LinkedHashMap<>();
    s.lines().forEach(l -> byLot.merge(l.lot(), l.quantity(), Long::sum));
    model.addAttribute("lots", byLot);
    model.addAttribute(
        "units",
        s.lines().stream().map(ShipmentView.Line::unit).filter(u -> u != null).distinct().toList());
    List<LedgerEntry> recorded = new ArrayList<>();
    for (Long seq : new Long[] {s.createdSeq(), s.approvedSeq(), s.dispatchedSeq()}) {
      if (seq != null) {
        entries.find(seq).ifPresent(recorded::add);
      }
    }
    model.addAttribute("entries", recorded);
    long last = recorded.stream().mapToLong(LedgerEntry::seq).max().orElse(0);
    model.addAttribute("checkpoint", ledger.checkpointCovering(last).orElse(null));
    return "traceability/dispatch-note";
  }
}
