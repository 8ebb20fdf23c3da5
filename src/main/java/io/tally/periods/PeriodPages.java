package io.tally.periods;

import io.tally.kernel.CommandRejected;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The monthly periods and each month's statement, as closed or as the ledger gives it now. */
@Controller
class PeriodPages {
  /** The roles the periods API admits to read. */
  static final String READERS = "hasAnyRole('ADMIN','AUDITOR','WAREHOUSE','QUALITY')";

  private final Periods periods;

  PeriodPages(Periods periods) {
    this.periods = periods;
  }

  @GetMapping("/periods")
  @PreAuthorize(READERS)
  String periods(Model model) {
    model.addAttribute("months", periods.months());
    return "periods";
  }

  @GetMapping("/periods/{period}")
  @PreAuthorize(READERS)
  String period(@PathVariable String period, Model model) {
    YearMonth month;
    try {
      if (!period.matches("\\d{4}-\\d{2}")) {
        throw new DateTimeParseException("not yyyy-MM", period, 0);
      }
      month = YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw CommandRejected.invalid("period", "a period is a month, yyyy-MM (e.g. 2027-03)");
    }
    model.addAttribute("s", periods.statement(month));
    return "period";
  }
}
