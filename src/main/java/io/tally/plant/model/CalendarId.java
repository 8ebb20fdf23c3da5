package io.tally.plant.model;

/** The identifier of a calendar, as written in the plant file. */
public record CalendarId(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<CalendarId> {
  public CalendarId {
    Ids.require(value, "calendar id");
  }

  @Override
  public int compareTo(CalendarId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
