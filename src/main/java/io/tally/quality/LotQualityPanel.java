package io.tally.quality;

import io.tally.execution.CorrectionQueries;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A lot's quality decisions as a panel of the lot page (loaded by htmx), with, for a QUALITY user
 * and a lot awaiting inspection, the form that records the results: the same command as {@code POST
 * /api/quality/lots/{lot}/inspections}, a refusal shown next to the form.
 */
@Controller
class LotQualityPanel {
  private final QualityLots lots;
  private final LotPlanning planning;
  private final CommandExecutor commands;
  private final CorrectionQueries corrections;

  LotQualityPanel(
      QualityLots lots,
      LotPlanning planning,
      CommandExecutor commands,
      CorrectionQueries corrections) {
    this.lots = lots;
    this.planning = planning;
    this.commands = commands;
    this.corrections = corrections;
  }

  /** For the roles that may read a lot's release certificate: quality's decisions are theirs. */
  @GetMapping("/quality/lots/{lot}/panel")
  @PreAuthorize(QualityRoles.CERTIFICATE)
  String panel(@PathVariable String lot, Model model) {
    return render(lot, model);
  }

  @PostMapping("/quality/lots/{lot}/inspections")
  @PreAuthorize(QualityRoles.QUALITY)
  String inspect(
      @PathVariable String lot,
      IdempotencyKey key,
      @RequestParam(name = "class", required = false) List<String> classes,
      @RequestParam(required = false) List<String> n,
      @RequestParam(required = false) List<String> d,
      @RequestParam(required = false) List<String> destroyed,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    try {
      commands.execute(
          actor,
          key,
          LotCommands.Inspect.of(
              FormFields.id("lot", lot), FormFields.valid(request(classes, n, d, destroyed))));
      model.addAttribute("recorded", true);
    } catch (CommandRejected e) {
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.getMessage());
      if (htmx == null) {
        response.setStatus(e.kind() == CommandRejected.Kind.NOT_FOUND ? 404 : 422);
      }
    }
    return render(lot, model);
  }

  private String render(String lot, Model model) {
    LotView view = lots.find(lot).orElse(null);
    model.addAttribute("lot", view);
    model.addAttribute("lotNumber", lot);
    model.addAttribute(
        "plans",
        view != null && view.status() == LotStatus.CLOSED && view.good() >= 2
            ? planning.plans(lot).plans()
            : List.of());
    if (view != null && view.status() == LotStatus.CLOSED) {
      corrections
          .lotSummary(lot)
          .filter(c -> c.good() != c.recordedGood())
          .ifPresent(
              c -> {
                long recorded = view.good() - (c.good() - c.recordedGood());
                model.addAttribute("recordedSize", recorded);
                model.addAttribute("recordedSamples", planning.sampleSizes(view, recorded));
                model.addAttribute("correctedSamples", planning.sampleSizes(view, view.good()));
              });
    }
    return "quality/panel :: panel";
  }

  /**
   * One class result per row of the form; a class left blank (no d) is not sent, so a user may
   * record some classes now and the rest later.
   */
  private static InspectionRequest request(
      List<String> classes, List<String> n, List<String> d, List<String> destroyed) {
    List<InspectionRequest.ClassResult> out = new ArrayList<>();
    if (classes != null) {
      for (int i = 0; i < classes.size(); i++) {
        String found = at(d, i);
        if (found == null) {
          continue;
        }
        out.add(
            new InspectionRequest.ClassResult(
                classes.get(i),
                integer("results[" + i + "].n", at(n, i)),
                integer("results[" + i + "].d", found),
                destroyedOf(i, at(destroyed, i))));
      }
    }
    return new InspectionRequest(out);
  }

  private static Long destroyedOf(int i, String text) {
    return text == null ? null : (long) integer("results[" + i + "].destroyed", text);
  }

  private static String at(List<String> values, int i) {
    if (values == null || i >= values.size()) {
      return null;
    }
    String v = values.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  private static Integer integer(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(field, "'" + text + "' is not a whole number");
    }
  }
}
