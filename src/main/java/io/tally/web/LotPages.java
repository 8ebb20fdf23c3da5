package io.tally.web;

import io.tally.execution.CorrectionQueries;
import io.tally.input.gs1.Gs1Refusal;
import io.tally.input.gs1.Scans;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.security.Role;
import io.tally.traceability.HoldQueries;
import io.tally.traceability.HoldView;
import io.tally.traceability.Inventory;
import io.tally.traceability.RecallQueries;
import io.tally.traceability.ReturnQueries;
import io.tally.traceability.ScrapQueries;
import io.tally.traceability.Trace;
import io.tally.traceability.TraceReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lot page: look a lot up by lot number, packaging unit (SSCC) or component lot, and see its
 * genealogy both ways, where its rounds are, its quality decisions and, for administrators and
 * auditors, the ledger entries behind it.
 */
@Controller
class LotPages {
  /**
   * How far a page follows rework (a lot reworked again and again is rare; the page stays cheap).
   */
  private static final int MAX_LOTS = 25;

  private static final int ENTRIES = 100;

  /**
   * How many entries whose payload holds the id anywhere are read to find the {@link #ENTRIES} that
   * hold it in a lot, SSCC or component-lot field.
   */
  private static final int CANDIDATES = 500;

  private final Trace trace;
  private final Inventory inventory;
  private final LedgerEntries entries;
  private final JsonMapper json;
  private final CorrectionQueries corrections;
  private final ScrapQueries scrap;
  private final HoldQueries holds;
  private final RecallQueries recalls;
  private final ReturnQueries returns;

  LotPages(
      Trace trace,
      Inventory inventory,
      LedgerEntries entries,
      JsonMapper json,
      CorrectionQueries corrections,
      ScrapQueries scrap,
      HoldQueries holds,
      RecallQueries recalls,
      ReturnQueries returns) {
    this.trace = trace;
    this.inventory = inventory;
    this.entries = entries;
    this.json = json;
    this.corrections = corrections;
    this.scrap = scrap;
    this.holds = holds;
    this.recalls = recalls;
    this.returns = returns;
  }

  @GetMapping("/lots")
  @PreAuthorize(Role.ANY)
  String search(
      @RequestParam(required = false) String q,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    if (q != null && !q.isBlank()) {
      String id;
      try {
        id = Scans.ssccOrLot(q);
      } catch (Gs1Refusal e) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("q", q);
        model.addAttribute("error", "Scan refused: " + e.getMessage());
        return "lots/search";
      }
      return "redirect:/lots/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
    return "lots/search";
  }

  @GetMapping("/lots/{id}")
  @PreAuthorize(Role.ANY)
  String lot(
      @PathVariable String id,
      Model model,
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    TraceReport report;
    try {
      report = trace.trace(id);
    } catch (CommandRejected e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("q", id);
      model.addAttribute("error", e.getMessage());
      return "lots/search";
    }
    Genealogy graph = new Genealogy().add(report);
    List<String> lots = related(report, graph);
    model.addAttribute("q", id);
    model.addAttribute("report", report);
    model.addAttribute("lots", lots);
    model.addAttribute(
        "stock", lots.stream().flatMap(l -> inventory.finished(l).stream()).toList());
    model.addAttribute("scrap", lots.stream().flatMap(l -> scrap.lot(l).stream()).toList());
    model.addAttribute("retained", lots.stream().flatMap(l -> scrap.retained(l).stream()).toList());
    model.addAttribute(
        "graphJson",
        json.writeValueAsString(
            Map.of(
                "nodes", graph.nodes(),
                "links", graph.links(),
                "categories", Genealogy.categories())));
    if (mayReadLedger(request)) {
      model.addAttribute("entries", entriesAbout(id));
    }
    Map<String, HoldView> active = new LinkedHashMap<>();
    holds.activeOn(report.query()).forEach(h -> active.putIfAbsent(h.id(), h));
    lots.forEach(l -> holds.activeOn(l).forEach(h -> active.putIfAbsent(h.id(), h)));
    model.addAttribute("holds", List.copyOf(active.values()));
    model.addAttribute("recalls", recalls.touching(report.query()));
    model.addAttribute("returns", lots.stream().flatMap(l -> returns.ofLot(l).stream()).toList());
    model.addAttribute("qualityLot", report.finishedLot() == null ? null : id);
    model.addAttribute("counts", corrections.lotSummary(id).filter(s -> !s.empty()).orElse(null));
    return "lots/lot";
  }

  /** The ledger's own rule (its API and page): entries are for administrators and auditors. */
  private static boolean mayReadLedger(jakarta.servlet.http.HttpServletRequest request) {
    return request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.AUDITOR.name());
  }

  private List<LedgerEntry> entriesAbout(String id) {
    return entries.mentioning(id, CANDIDATES).stream()
        .filter(e -> LotEntryMatch.names(e.payload().fields(), id))
        .limit(ENTRIES)
        .toList();
  }

  /**
   * The finished lots of the trace and, followed through rework both ways, their ancestors and
   * descendants, each traced into the same graph so its shipments show too.
   */
  private List<String> related(TraceReport report, Genealogy graph) {
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    if (report.finishedLot() != null) {
      todo.add(report.finishedLot().lot());
    }
    report.finishedLots().forEach(l -> todo.add(l.lot()));
    while (!todo.isEmpty() && out.size() < MAX_LOTS) {
      String lot = todo.poll();
      if (!seen.add(lot)) {
        continue;
      }
      out.add(lot);
      TraceReport r = lot.equals(report.query()) ? report : trace.trace(lot);
      if (r != report) {
        graph.add(r);
      }
      TraceReport.FinishedLot f = r.finishedLot();
      if (f.parentLot() != null) {
        todo.add(f.parentLot());
      }
      todo.addAll(f.reworkedInto());
    }
    return out;
  }
}
