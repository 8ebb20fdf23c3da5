package io.tally.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded H2 database write every commit through before the commit returns. H2 by
 * default keeps commits in memory for up to half a second (WRITE_DELAY 500), so a server killed in
 * that window loses commands it has already acknowledged; the crash test (bench/crash-test.sh)
 * showed it. The setting is persistent in the database file. PostgreSQL needs nothing.
 */
@Component
class H2Durability implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(H2Durability.class);
  private final DataSource dataSource;

  H2Durability(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs once the beans (and the migrations) are ready, before the server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    try (Connection c = dataSource.getConnection()) {
      if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute("SET WRITE_DELAY 0");
      }
    } catch (SQLException e) {
      log.warn("could not make H2 write commits through: {}", e.getMessage());
    }
  }
}
