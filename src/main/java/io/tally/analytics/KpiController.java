package io.tally.analytics;

import io.tally.analytics.kpi.Granularity;
import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import io.tally.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPIs and the stop-reason Pareto of a line (or, without {@code line}, of every line), from counts
 * and stops as corrected, the report's total as first recorded beside them; {@code asRecorded=true}
 * gives everything as first recorded.
 */
@RestController
@RequestMapping("/api/kpis")
class KpiController {
  private static final int MAX_DAYS = 400;
  private final LineKpis kpis;

  KpiController(LineKpis kpis) {
    this.kpis = kpis;
  }

  @GetMapping
  @PreAuthorize(Role.ANY)
  KpiReport kpis(
      @RequestParam(required = false) String line,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "day") String period,
      @RequestParam(defaultValue = "false") boolean asRecorded) {
    Granularity g;
    try {
      g = Granularity.valueOf(period.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("period", "period is shift, day, week or month");
    }
    LocalDate[] span = span(from, to);
    List<String> lines = lines(line);
    return asRecorded
        ? kpis.report(lines, span[0], span[1], g, true)
        : kpis.reportBesideRecorded(lines, span[0], span[1], g);
  }

  @GetMapping("/pareto")
  @PreAuthorize(Role.ANY)
  List<LineKpis.ParetoRow> pareto(
      @RequestParam(required = false) String line,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "false") boolean asRecorded) {
    LocalDate[] span = span(from, to);
    return kpis.pareto(lines(line), span[0], span[1], asRecorded);
  }

  private static List<String> lines(String line) {
    if (line == null || line.isBlank()) {
      return List.of();
    }
    List<String> ids = Arrays.stream(line.split(",")).map(String::trim).toList();
    if (!ids.stream().allMatch(Forms::isId)) {
      throw CommandRejected.invalid("line", Forms.idRule("each line"));
    }
    return ids;
  }

  private LocalDate[] span(String from, String to) {
    // The days asked by default are the month so far at the site.
    LocalDate today = kpis.today();
    LocalDate t = date("to", to, today);
    LocalDate f = date("from", from, t.withDayOfMonth(1));
    if (f.isAfter(t)) {
      throw CommandRejected.invalid("from", "from " + f + " is after to " + t);
    }
    if (f.plusDays(MAX_DAYS).isBefore(t)) {
      throw CommandRejected.invalid("to", "at most " + MAX_DAYS + " days at once");
    }
    return new LocalDate[] {f, t};
  }

  private static LocalDate date(String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw CommandRejected.invalid(
          field, field + " is a date (YYYY-MM-DD), got '" + Forms.echo(text) + "'");
    }
    if (!Forms.isPlausible(day)) {
      throw CommandRejected.invalid(field, field + " must be a day from 2000-01-01 to 2100-12-31");
    }
    return day;
  }
}
