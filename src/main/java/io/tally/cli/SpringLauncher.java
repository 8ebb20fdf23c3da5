package io.tally.cli;

import io.tally.TallyApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for a command: the server for {@code serve}, a context without a web
 * server for every other command that touches data, on the same data folder and database.
 */
public final class SpringLauncher {
  private SpringLauncher() {}

  public static ConfigurableApplicationContext start(boolean web, Map<String, Object> properties) {
    return start(web, properties, new ApplicationContextInitializer<?>[0]);
  }

  /** As {@link #start(boolean, Map)}, with initializers that may register beans (a demo clock). */
  public static ConfigurableApplicationContext start(
      boolean web,
      Map<String, Object> properties,
      ApplicationContextInitializer<?>... initializers) {
    Map<String, Object> props = new HashMap<>(properties);
    props.put("tally.data-dir", dataDir().toAbsolutePath().normalize());
    embeddedDatabasePassword().ifPresent(p -> props.put("spring.datasource.password", p));
    // As command-line arguments, these outrank application.yaml and the environment.
    String[] args =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(TallyApplication.class)
        .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
        .logStartupInfo(false)
        .initializers(initializers)
        .run(args);
  }

  public static ConfigurableApplicationContext data() {
    return start(false, Map.of());
  }

  /** The data folder: -Dtally.data-dir, else TALLY_DATA_DIR, else ./data. */
  static Path dataDir() {
    return Path.of(
        System.getProperty(
            "tally.data-dir", System.getenv().getOrDefault("TALLY_DATA_DIR", "data")));
  }

  /**
   * The embedded database gets a random password made on first use and kept in the data folder
   * (owner-readable only), so there is no default password; with TALLY_DB_URL the variables rule.
   */
  static java.util.Optional<String> embeddedDatabasePassword() {
    if (System.getenv("TALLY_DB_URL") != null && !System.getenv("TALLY_DB_URL").isBlank()) {
      return java.util.Optional.empty();
    }
    String dir =
        System.getProperty(
            "tally.data-dir", System.getenv().getOrDefault("TALLY_DATA_DIR", "data"));
    Path secret = Path.of(dir, "db.secret");
    try {
      if (!Files.exists(secret)) {
        Files.createDirectories(secret.getParent());
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        Files.createFile(
            secret,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secret, HexFormat.of().formatHex(bytes));
      }
      return java.util.Optional.of(Files.readString(secret).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make " + secret, e);
    }
  }
}
