package io.tally.periods;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Monthly statements and their closing, over HTTP. */
@RestController
@RequestMapping("/api/periods")
class PeriodController {
  static final String READERS = "hasAnyRole('ADMIN','AUDITOR','WAREHOUSE','QUALITY')";
  private final Periods periods;
  private final PeriodClosing closing;

  PeriodController(Periods periods, PeriodClosing closing) {
    this.periods = periods;
    this.closing = closing;
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<PeriodSummary> months() {
    return periods.months();
  }

  @GetMapping("/{period}")
  @PreAuthorize(READERS)
  PeriodStatement statement(@PathVariable String period) {
    return periods.statement(parse(period));
  }

  @PostMapping("/{period}/close")
  @PreAuthorize("hasRole('AUDITOR')")
  PeriodStatement close(@PathVariable String period, IdempotencyKey key, Actor actor) {
    return closing.close(actor, key, parse(period));
  }

  /** A month as yyyy-MM, else a 422 naming the field. */
  static YearMonth parse(String text) {
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the refusal below.
    }
    throw CommandRejected.invalid("period", "a period is a month, yyyy-MM (e.g. 2027-03)");
  }
}
