package io.tally.kernel;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key a client sends with a command so that the command sent twice takes effect once: the API's
 * {@value #HEADER} header, or the {@value #FORM_FIELD} field a page's form carries. {@link #NONE}
 * when neither came. A key is 1 to 135 visible ASCII characters: the ledger keeps it after the
 * user's name in a column of 200.
 */
public record IdempotencyKey(@Nullable String value) {
  public static final String HEADER = "Idempotency-Key";
  public static final String FORM_FIELD = "key";
  public static final IdempotencyKey NONE = new IdempotencyKey(null);
  private static final Pattern FORM = Pattern.compile("[\\x21-\\x7E]{1,135}");

  public IdempotencyKey {
    if (value != null && !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an idempotency key is 1 to 135 visible ASCII characters, without spaces");
    }
  }
}
