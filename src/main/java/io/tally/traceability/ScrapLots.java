package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.traceability.ScrapEvent.Taken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which rows of scrap a command takes: for each lot asked, up to the quantity, from the lot's rows
 * in one state by location then reason. A lot named twice, or asked for more than is there, is
 * refused naming its line of the request.
 */
@Component
class ScrapLots {
  private final ScrapStock scrap;
  private final ScrapQueries queries;

  ScrapLots(ScrapStock scrap, ScrapQueries queries) {
    this.scrap = scrap;
    this.queries = queries;
  }

  List<Taken> take(List<ScrapRequests.LotQuantity> lots, String state, String what) {
    if (lots == null || lots.isEmpty()) {
      throw CommandRejected.invalid("lots", "name at least one lot and its quantity");
    }
    List<Taken> taken = new ArrayList<>();
    var seen = new HashSet<String>();
    for (int i = 0; i < lots.size(); i++) {
      ScrapRequests.LotQuantity l = lots.get(i);
      if (l == null) {
        throw CommandRejected.invalid("lots[" + i + "]", "a lot and its quantity are required");
      }
      String lot = Inputs.id("lots[" + i + "].lot", l.lot());
      long quantity = Quantity.positive("lots[" + i + "].quantity", l.quantity());
      if (!seen.add(lot)) {
        throw CommandRejected.invalid("lots[" + i + "].lot", "lot " + lot + " is listed twice");
      }
      long there = Math.max(0, queries.total(lot, state));
      if (quantity > there) {
        throw CommandRejected.conflict(
            "lots[" + i + "].quantity",
            "lot " + lot + " has " + there + " rounds " + what + "; " + quantity + " asked");
      }
      long left = quantity;
      for (ScrapRow r : scrap.rows(lot, state)) {
        long t = Math.min(left, r.quantity());
        if (t > 0) {
          taken.add(new Taken(lot, r.reason(), r.location(), t));
          left -= t;
        }
      }
      if (left > 0) {
        throw CommandRejected.conflict(
            "lots[" + i + "].quantity",
            "lot " + lot + " has fewer rounds " + what + " than asked (a negative balance)");
      }
    }
    return taken;
  }
}
