package io.tally.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for this test run, on the local server (TALLY_TEST_PG, default {@code
 * 127.0.0.1:5432}, user {@code postgres}, trust auth). In CI (CI=true) or with {@code
 * -Dtally.test.requirePostgres=true} an unreachable server fails the tests; elsewhere they are
 * skipped with the reason.
 */
public final class Postgres {
  private static final String HOST =
      System.getenv().getOrDefault("TALLY_TEST_PG", "127.0.0.1:5432");
  private static final String USER = System.getenv().getOrDefault("TALLY_TEST_PG_USER", "postgres");
  private static String failure;
  private static boolean checked;

  private Postgres() {}

  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.getBoolean("tally.test.requirePostgres");
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
  }

  /**
   * Call from a static {@code @BeforeAll}: fails (CI) or skips (elsewhere) the class when the
   * server cannot be reached, before any Spring context is started.
   */
  public static synchronized void assumeAvailable() {
    if (!checked) {
      checked = true;
      try (Connection c = admin()) {
        c.isValid(2);
      } catch (SQLException e) {
        failure = "PostgreSQL at " + HOST + " is not reachable: " + e.getMessage();
      }
    }
    if (failure != null) {
      if (required()) {
        Assertions.fail(failure + " (PostgreSQL tests are required here)");
      }
      Assumptions.abort(failure);
    }
  }

  /** A new, empty database, dropped when the JVM ends. */
  public static String newDatabase() {
    assumeAvailable();
    long now = System.currentTimeMillis() / 1000;
    String name =
        "tally_test_" + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = admin()) {
      dropStale(c, now);
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return "jdbc:postgresql://" + HOST + "/" + name;
  }

  /**
   * Test databases live until a later run finds them more than an hour old and drops them; dropping
   * at JVM exit would race the Spring contexts that still hold connections to them.
   */
  private static void dropStale(Connection c, long now) throws SQLException {
    var rs =
        c.createStatement()
            .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'tally_test_%'");
    java.util.List<String> stale = new java.util.ArrayList<>();
    while (rs.next()) {
      String[] parts = rs.getString(1).split("_");
      try {
        if (parts.length == 4 && now - Long.parseLong(parts[2]) > 3600) {
          stale.add(rs.getString(1));
        }
      } catch (NumberFormatException e) {
        stale.add(rs.getString(1));
      }
    }
    for (String name : stale) {
      c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Points a Spring test at this run's PostgreSQL database. */
  public static void register(DynamicPropertyRegistry registry) {
    String url = newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    // The database is dropped by a shutdown hook that may run while Spring's own hook still closes
    // the context (and signs a last head): fail that fast instead of waiting 30 s for a connection.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}
