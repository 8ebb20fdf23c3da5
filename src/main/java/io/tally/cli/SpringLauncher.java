package io.tally.cli;

import io.tally.TallyApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
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
    Path dir = dataDir().toAbsolutePath().normalize();
    DataFolder.create(dir);
    props.put("tally.data-dir", dir);
    if (!web) {
      // A one-off command (verify, reconcile, ...) does not publish; serve and demo do.
      props.putIfAbsent("tally.outbox.enabled", false);
    }
    boolean embedded = embedded(props);
    String keyFile = System.getProperty("tally.db-key-file", System.getenv("TALLY_DB_KEY_FILE"));
    if (embedded) {
      props.putAll(EmbeddedDatabase.properties(dir, keyFile));
    }
    // As command-line arguments, these outrank application.yaml and the environment.
    String[] args =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext ctx;
    try {
      ctx =
          new SpringApplicationBuilder(TallyApplication.class)
              .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
              .logStartupInfo(false)
              .initializers(initializers)
              .initializers(c -> warnAboutOpenFiles(dir))
              .run(args);
    } catch (RuntimeException e) {
      throw embedded ? EmbeddedDatabase.explain(e, dir, keyFile) : e;
    }
    // H2 has just made its files with the umask's mode; the folder's 700 kept them private.
    DataFolder.tighten(dir);
    if (embedded) {
      AuditorAccess.ensure(ctx.getBean(DataSource.class), dir);
    }
    return ctx;
  }

  /** Runs once logging is set up and before the database is opened. */
  private static void warnAboutOpenFiles(Path dir) {
    for (String opened : DataFolder.tighten(dir)) {
      LoggerFactory.getLogger(SpringLauncher.class)
          .warn("Data folder was open to group or others: {}", opened);
    }
  }

  /** The embedded H2 database, unless TALLY_DB_URL or the caller names another. */
  private static boolean embedded(Map<String, Object> props) {
    String url = System.getenv("TALLY_DB_URL");
    return (url == null || url.isBlank()) && !props.containsKey("spring.datasource.url");
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
}
