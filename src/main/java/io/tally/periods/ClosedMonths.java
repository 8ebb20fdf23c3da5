package io.tally.periods;

import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.periods.PeriodEvent.PeriodClosed;
import io.tally.periods.PeriodStatement.CarriedForward;
import io.tally.periods.PeriodStatement.Status;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the periods' read model says of each month: whether and by whom it was closed, the close's
 * ledger entry, and the late entries carried forward into it.
 */
@Component
class ClosedMonths {
  /** The most months the list of periods goes back (twenty years). */
  private static final int MOST = 240;

  private final PeriodCalendar calendar;
  private final LedgerEntries entries;
  private final JdbcClient jdbc;

  ClosedMonths(PeriodCalendar calendar, LedgerEntries entries, JdbcClient jdbc) {
    this.calendar = calendar;
    this.entries = entries;
    this.jdbc = jdbc;
  }

  /** Every month from the ledger's first entry to now, newest first, with its state. */
  List<PeriodSummary> months() {
    Instant first =
        entries.page(1, 1, null).stream().findFirst().map(LedgerEntry::time).orElse(calendar.now());
    Map<String, String> closedBy = new HashMap<>();
    jdbc.sql("SELECT period, closed_by FROM period_close")
        .query((rs, n) -> closedBy.put(rs.getString(1), rs.getString(2)))
        .list();
    List<PeriodSummary> out = new ArrayList<>();
    YearMonth m = calendar.of(calendar.now());
    YearMonth start = calendar.of(first);
    for (; !m.isBefore(start) && out.size() < MOST; m = m.minusMonths(1)) {
      String by = closedBy.get(m.toString());
      Status s = by != null ? Status.CLOSED : calendar.ended(m) ? Status.ENDED : Status.OPEN;
      out.add(new PeriodSummary(m, s, by));
    }
    return out;
  }

  /** The ledger entry that closed the month, if it is closed. */
  Optional<LedgerEntry> closeEntry(YearMonth month) {
    return jdbc.sql("SELECT seq FROM period_close WHERE period = ?")
        .param(month.toString())
        .query(Long.class)
        .optional()
        .flatMap(entries::find);
  }

  static PeriodClosed read(LedgerEntry e) {
    return Events.read(e, PeriodClosed.class)
        .orElseThrow(() -> new IllegalStateException("entry " + e.seq() + " is no PeriodClosed"));
  }

  /** The late entries about earlier, closed months that were carried forward into this one. */
  List<CarriedForward> carriedInto(YearMonth month) {
    return jdbc.sql(
            "SELECT seq, period, field, occurred_millis, actor FROM period_carried"
                + " WHERE into_period = ? ORDER BY seq")
        .param(month.toString())
        .query(
            (rs, n) ->
                new CarriedForward(
                    rs.getLong(1),
                    YearMonth.parse(rs.getString(2)),
                    rs.getString(3),
                    Instant.ofEpochMilli(rs.getLong(4)),
                    rs.getString(5)))
        .list();
  }
}
