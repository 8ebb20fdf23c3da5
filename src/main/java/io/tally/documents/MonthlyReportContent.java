package io.tally.documents;

import io.tally.kernel.CommandRejected;
import io.tally.orders.Authorisations;
import io.tally.periods.PeriodStatement;
import io.tally.periods.Periods;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The monthly production and accountability report: the month's statement (periods) as the plant
 * files it, production by product, then per customer each authorisation's quantity, what was used
 * before and in the month, shipped in the month, and what remains.
 */
@Component
class MonthlyReportContent {
  private final Periods periods;
  private final Authorisations authorisations;

  MonthlyReportContent(Periods periods, Authorisations authorisations) {
    this.periods = periods;
    this.authorisations = authorisations;
  }

  Documents.Draft draft(String text, Documents documents) {
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw CommandRejected.invalid("month", "a month as yyyy-MM, e.g. 2027-03");
    }
    if (month.getYear() < 2000 || month.getYear() > 2100) {
      throw CommandRejected.invalid("month", "a month from 2000-01 to 2100-12");
    }
    PeriodStatement s = periods.statement(month);
    Basis basis = documents.basis(s.lastSeq());
    Map<String, List<PeriodStatement.AuthorisationLine>> byCustomer = new TreeMap<>();
    for (PeriodStatement.AuthorisationLine a : s.authorisations()) {
      String customer = authorisations.find(a.authorisation()).map(x -> x.customer()).orElse("?");
      byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(a);
    }
    String site = documents.site().name();
    return new Documents.Draft() {
      @Override
      public DocumentKind kind() {
        return DocumentKind.MONTHLY_REPORT;
      }

      @Override
      public String subject() {
        return month.toString();
      }

      @Override
      public String title(Documents.Text t) {
        return t.get("documents.monthly.title", month.toString());
      }

      @Override
      public Basis basis() {
        return basis;
      }

      @Override
      public void write(ArchivalPdf doc, Documents.Text t) {
        doc.pair(t.get("documents.monthly.site"), site);
        doc.pair(t.get("documents.monthly.period"), t.time(s.from()) + " - " + t.time(s.to()));
        doc.pair(t.get("documents.monthly.status"), s.status().name());
        doc.pair(
            t.get("documents.monthly.balanced"),
            t.get(s.balanced() ? "documents.monthly.yes" : "documents.monthly.no"));
        doc.heading(t.get("documents.monthly.production"));
        if (s.products().isEmpty()) {
          doc.line(t.get("documents.monthly.none"));
        } else {
          doc.table(
              headers(
                  t, "product", "opening", "produced", "shipped", "tested", "destroyed", "closing"),
              s.products().stream()
                  .map(
                      l ->
                          List.of(
                              l.subject(),
                              t.number(l.opening()),
                              t.number(l.in()),
                              t.number(l.shipped()),
                              t.number(l.tested()),
                              t.number(l.destroyed()),
                              t.number(l.closing())))
                  .toList(),
              .22f,
              .13f,
              .13f,
              .13f,
              .13f,
              .13f,
              .13f);
        }
        doc.heading(t.get("documents.monthly.customers"));
        if (byCustomer.isEmpty()) {
          doc.line(t.get("documents.monthly.none"));
        }
        byCustomer.forEach(
            (customer, lines) -> {
              doc.line(
                  t.get("documents.monthly.customer", documents.customerName(customer), customer));
              doc.table(
                  headers(
                      t,
                      "authorisation",
                      "authorised",
                      "usedBefore",
                      "usedInPeriod",
                      "shippedInPeriod",
                      "remaining"),
                  lines.stream()
                      .map(
                          a ->
                              List.of(
                                  a.authorisation(),
                                  t.number(a.authorised()),
                                  t.number(a.usedBefore()),
                                  t.number(a.usedInPeriod()),
                                  t.number(a.shippedInPeriod()),
                                  t.number(a.remaining())))
                      .toList(),
                  .25f,
                  .15f,
                  .15f,
                  .15f,
                  .15f,
                  .15f);
            });
      }
    };
  }

  private static List<String> headers(Documents.Text t, String... keys) {
    return java.util.Arrays.stream(keys).map(k -> t.get("documents.monthly.col." + k)).toList();
  }
}
