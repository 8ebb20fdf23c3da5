package io.tally.web;

import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page form's text fields as the API's values, a bad one refused naming the field: numbers
 * as decimals (a fraction is the command's refusal), times as an instant or as the plant's local
 * time (a {@code datetime-local} input), ids by the id form.
 */
final class FormValues {
  private final PlantService plant;

  FormValues(PlantService plant) {
    this.plant = plant;
  }

  @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Nullable BigDecimal number(String field, @Nullable String text) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    if (t.length() > 30) {
      throw CommandRejected.invalid(field, field + " is a number");
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(field, field + " is a number, got '" + Forms.echo(t) + "'");
    }
  }

  @Nullable Instant instant(String field, @Nullable String text) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")
          ? java.time.OffsetDateTime.parse(t).toInstant()
          : LocalDateTime.parse(t).atZone(plant.plant().site().zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw CommandRejected.invalid(
          field, field + " is a time (YYYY-MM-DDTHH:MM), got '" + Forms.echo(t) + "'");
    }
  }

  String id(String field, @Nullable String text) {
    String t = blankToNull(text);
    if (t == null || !Forms.isId(t)) {
      throw CommandRejected.invalid(field, Forms.idRule(field));
    }
    return t;
  }
}
