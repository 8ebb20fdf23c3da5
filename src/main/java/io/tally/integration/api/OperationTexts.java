package io.tally.integration.api;

import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The written summary, description and 2xx example of each operation, by its stable {@code
 * operationId}, from {@code openapi/operations.properties}: one table, so the controllers stay free
 * of documentation annotations.
 */
final class OperationTexts {
  static final String FILE = "openapi/operations.properties";
  private static final Properties TEXTS = load();

  private OperationTexts() {}

  static @Nullable String summary(String operationId) {
    return TEXTS.getProperty(operationId + ".summary");
  }

  static @Nullable String description(String operationId) {
    return TEXTS.getProperty(operationId + ".description");
  }

  /** The example answer, parsed, or null when the table gives none. */
  static @Nullable Object example(String operationId) {
    String json = TEXTS.getProperty(operationId + ".example");
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(FILE + ": the example of " + operationId + " is not JSON", e);
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = OperationTexts.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
