package io.tally.traceability;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Incoming components: the open balance flags, the newest component lots with their quality state,
 * the receiving inspection streams and the approved suppliers.
 */
@Controller
class ComponentPages {
  private static final int SHOWN = 100;
  private final ComponentLots lots;
  private final ComponentBalances balances;
  private final ReceivingStreams streams;
  private final SupplierApprovals suppliers;

  ComponentPages(
      ComponentLots lots,
      ComponentBalances balances,
      ReceivingStreams streams,
      SupplierApprovals suppliers) {
    this.lots = lots;
    this.balances = balances;
    this.streams = streams;
    this.suppliers = suppliers;
  }

  @GetMapping("/components")
  @PreAuthorize("hasAnyRole('WAREHOUSE','QUALITY','OPERATOR','ADMIN','AUDITOR')")
  String components(Model model) {
    model.addAttribute("flags", balances.open());
    model.addAttribute("lots", lots.recent(null, SHOWN));
    model.addAttribute("streams", streams.all());
    model.addAttribute("suppliers", suppliers.all());
    return "components";
  }
}
