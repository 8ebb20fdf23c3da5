package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.security.Users;
import io.tally.traceability.ScrapEvent.DestructionActRecorded;
import io.tally.traceability.ScrapEvent.Taken;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Records a destruction act: scrap awaiting destruction, of one or several lots, becomes destroyed.
 * The act needs its date (not in the future), place, method, the SHA-256 of its signed document and
 * at least two distinct witnesses, each a user of Tally.
 */
@Component
class RecordDestruction implements CommandHandler<ScrapRequests.Destroy, DestructionActView> {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int TEXT = 200;
  private final Ledger ledger;
  private final Users users;
  private final ScrapLots lots;
  private final ScrapQueries queries;
  private final Clock clock;

  RecordDestruction(Ledger ledger, Users users, ScrapLots lots, ScrapQueries queries, Clock clock) {
    this.ledger = ledger;
    this.users = users;
    this.lots = lots;
    this.queries = queries;
    this.clock = clock;
  }

  @Override
  public Class<ScrapRequests.Destroy> commandType() {
    return ScrapRequests.Destroy.class;
  }

  @Override
  public DestructionActView handle(ScrapRequests.Destroy r, Actor actor) {
    String act = Inputs.id("act", r.act());
    if (queries.act(act).isPresent()) {
      throw CommandRejected.conflict("act", "destruction act " + act + " is recorded already");
    }
    LocalDate date = r.date();
    if (date == null) {
      throw CommandRejected.invalid("date", "the day of the destruction is required");
    }
    if (date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
      throw CommandRejected.invalid("date", "a destruction is recorded after it happened");
    }
    String place = Inputs.text("place", r.place(), TEXT);
    String method = Inputs.text("method", r.method(), TEXT);
    List<String> witnesses = witnesses(r.witnesses());
    String document = r.document() == null ? "" : r.document().trim().toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(document).matches()) {
      throw CommandRejected.invalid(
          "document", "the SHA-256 of the act's signed document is required: 64 hex digits");
    }
    List<Taken> taken = lots.take(r.lots(), ScrapStock.AWAITING, "awaiting destruction");
    ledger.append(
        actor, new DestructionActRecorded(act, date, place, method, witnesses, document, taken));
    return queries.act(act).orElseThrow();
  }

  private List<String> witnesses(List<String> named) {
    List<String> out = new ArrayList<>();
    if (named != null) {
      for (int i = 0; i < named.size(); i++) {
        String w = Inputs.id("witnesses[" + i + "]", named.get(i));
        if (!users.exists(w)) {
          throw CommandRejected.invalid(
              "witnesses[" + i + "]", "no user '" + w + "': a witness is a user of Tally");
        }
        if (out.contains(w)) {
          throw CommandRejected.invalid(
              "witnesses[" + i + "]", w + " is named twice; witnesses are distinct people");
        }
        out.add(w);
      }
    }
    if (out.size() < 2) {
      throw CommandRejected.invalid(
          "witnesses",
          "a destruction needs at least two distinct witnesses who are users of Tally");
    }
    return out;
  }
}
