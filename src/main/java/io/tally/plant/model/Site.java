package io.tally.plant.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/** The site: its name, the manufacturer symbol used in lot numbers, and its time zone. */
public record Site(String id, String name, String manufacturerSymbol, ZoneId zone) {
  private static final Pattern SYMBOL = Pattern.compile("[A-Z]{3}");

  public Site {
    Ids.require(id, "site id");
    Objects.requireNonNull(name, "name");
    if (manufacturerSymbol == null || !SYMBOL.matcher(manufacturerSymbol).matches()) {
      throw new IllegalArgumentException(
          "manufacturer symbol must be three capital letters (MIL-STD-1168), got '"
              + manufacturerSymbol
              + "'");
    }
    Objects.requireNonNull(zone, "zone");
  }
}
