package io.tally.twin;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.FormFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The twin's dashboard: a form to run a simulation (posted by htmx, the result swapped in) and the
 * last result, its output histogram, the hours of each line by state and the bottlenecks.
 */
@Controller
class TwinPage {
  private final TwinRuns runs;

  TwinPage(TwinRuns runs) {
    this.runs = runs;
  }

  @GetMapping("/twin")
  @PreAuthorize(TwinRoles.READ)
  String page(Model model) {
    model.addAttribute("run", runs.last().orElse(null));
    model.addAttribute("maxReplications", SimulationRequest.MAX_REPLICATIONS);
    model.addAttribute("maxYears", SimulationRequest.MAX_YEARS);
    model.addAttribute("seed", SimulationRequest.DEFAULT_SEED);
    return "twin/twin";
  }

  /** The result fragment; a refused request shows its reason in place of the result. */
  @PostMapping("/twin/simulations")
  @PreAuthorize(TwinRoles.RUN)
  String run(
      @RequestParam(required = false) String replications,
      @RequestParam(required = false) String years,
      @RequestParam(required = false) String seed,
      @RequestParam(required = false) String scenario,
      Actor actor,
      Model model) {
    try {
      SimulationRequest request =
          FormFields.valid(
              new SimulationRequest(
                  FormNumbers.integer("replications", replications),
                  FormNumbers.integer("years", years),
                  FormNumbers.whole("seed", seed),
                  scenario,
                  null,
                  null));
      model.addAttribute("run", runs.run(actor, request));
    } catch (CommandRejected e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errorField", e.field());
    }
    return "twin/twin :: result";
  }
}
