package io.tally.ledger;

import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Holds what a page's form sends to the forms the API holds its requests to ({@link
 * io.tally.input}): a field that breaks its form is refused as a {@link CommandRejected} naming it,
 * before any command runs, so the page shows the refusal next to its form and nothing is written.
 */
public final class FormFields {
  private static final Validator REQUESTS =
      Validation.buildDefaultValidatorFactory().getValidator();

  private FormFields() {}

  /** The request a form was read into, checked by the same annotations as the API's body. */
  public static <T> T valid(T request) {
    REQUESTS.validate(request).stream()
        // The first field by name, so that the same form is always refused for the same field.
        .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              String field = v.getPropertyPath().toString();
              throw CommandRejected.invalid(field, field + " " + v.getMessage());
            });
    return request;
  }

  /** A form's id field (or a path's id) that is absent or an id. */
  public static @Nullable String id(String field, @Nullable String value) {
    if (value != null && !Forms.isId(value)) {
      throw CommandRejected.invalid(field, Forms.idRule(field));
    }
    return value;
  }
}
