package io.tally.documents;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerVerification;
import io.tally.plant.PlantService;
import io.tally.plant.model.Site;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Issues documents: renders the PDF from the read models, then records its SHA-256 in the ledger
 * (DocumentIssued) before handing it out, so every copy in circulation can be checked against the
 * ledger. Rendering runs outside the ledger's write lock; only the record takes it.
 */
@Service
public class Documents {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
  private final CertificateContent certificates;
  private final DispatchNoteContent notes;
  private final MonthlyReportContent reports;
  private final LedgerEntries entries;
  private final LedgerVerification ledger;
  private final CommandExecutor executor;
  private final PlantService plant;
  private final MessageSource messages;
  private final Clock clock;

  Documents(
      CertificateContent certificates,
      DispatchNoteContent notes,
      MonthlyReportContent reports,
      LedgerEntries entries,
      LedgerVerification ledger,
      CommandExecutor executor,
      PlantService plant,
      MessageSource messages,
      Clock clock) {
    this.certificates = certificates;
    this.notes = notes;
    this.reports = reports;
    this.entries = entries;
    this.ledger = ledger;
    this.executor = executor;
    this.plant = plant;
    this.messages = messages;
    this.clock = clock;
  }

  /** A file handed out and its record in the ledger. */
  public record Issued(byte[] pdf, IssuedDocument record) {}

  /** The release certificate of a released lot. */
  public Issued certificate(Actor actor, String lot, Locale locale) {
    return issue(actor, locale, certificates.draft(id("lot", lot), this));
  }

  /** The dispatch note of a shipment. */
  public Issued dispatchNote(Actor actor, String shipment, Locale locale) {
    return issue(actor, locale, notes.draft(id("shipment", shipment), this));
  }

  /** The production and accountability report of a month ({@code yyyy-MM}). */
  public Issued monthly(Actor actor, String month, Locale locale) {
    return issue(actor, locale, reports.draft(month, this));
  }

  private static String id(String field, String value) {
    if (!io.tally.input.Forms.isId(value)) {
      throw CommandRejected.invalid(field, io.tally.input.Forms.idRule(field));
    }
    return value;
  }

  /** What the ledger shows for entry {@code seq} and the newest checkpoint that covers it. */
  Basis basis(long seq) {
    String hash = seq < 1 ? "" : entries.find(seq).map(LedgerEntry::hash).orElse("");
    return new Basis(seq, hash, seq < 1 ? null : ledger.checkpointCovering(seq).orElse(null));
  }

  String actorOf(long seq) {
    return entries.find(seq).map(LedgerEntry::actor).orElse("");
  }

  Site site() {
    return plant.plant().site();
  }

  String productName(String code) {
    return plant
        .plant()
        .findProduct(new io.tally.plant.model.ProductCode(code))
        .map(p -> p.name())
        .orElse(code);
  }

  String customerName(String id) {
    return plant
        .plant()
        .findCustomer(new io.tally.plant.model.CustomerId(id))
        .map(c -> c.name())
        .orElse(id);
  }

  private Issued issue(Actor actor, Locale locale, Draft draft) {
    Instant now = clock.instant();
    Text text = new Text(messages, locale, site().zone());
    String title = draft.title(text);
    String footer =
        text.get("documents.footer", site().name(), title, text.time(now), actor.name());
    byte[] pdf;
    try (ArchivalPdf doc = new ArchivalPdf(title, footer, now)) {
      doc.title(title);
      draft.write(doc, text);
      basis(doc, text, draft.basis());
      pdf = doc.finish();
    }
    Basis b = draft.basis();
    IssuedDocument record =
        executor.execute(
            actor,
            new RecordIssue(
                draft.kind(),
                draft.subject(),
                IssuedDocuments.sha256(pdf),
                pdf.length,
                b.seq(),
                b.treeSize(),
                b.root()));
    return new Issued(pdf, record);
  }

  private static void basis(ArchivalPdf doc, Text text, Basis b) {
    doc.heading(text.get("documents.basis.heading"));
    doc.pair(text.get("documents.basis.entry"), Long.toString(b.seq()));
    doc.pair(text.get("documents.basis.hash"), b.hash());
    if (b.checkpoint() == null) {
      doc.pair(text.get("documents.basis.checkpoint"), text.get("documents.basis.none"));
    } else {
      doc.pair(text.get("documents.basis.checkpoint"), b.checkpoint().origin());
      doc.pair(text.get("documents.basis.treeSize"), Long.toString(b.treeSize()));
      doc.pair(text.get("documents.basis.root"), b.root());
      doc.line(text.get("documents.basis.verify", Long.toString(b.treeSize()), b.root()));
    }
    doc.line(text.get("documents.basis.check"));
  }

  /** A document about to be issued: what it is, about whom, what it says and rests on. */
  interface Draft {
    DocumentKind kind();

    String subject();

    String title(Text text);

    void write(ArchivalPdf doc, Text text);

    Basis basis();
  }

  /** The bundle's text in the reader's language; numbers and times formatted for it. */
  record Text(MessageSource messages, Locale locale, ZoneId zone) {
    String get(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    String number(long n) {
      return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    String time(Instant t) {
      return TIME.format(t.atZone(zone)) + " (" + zone.getId() + ")";
    }
  }
}
