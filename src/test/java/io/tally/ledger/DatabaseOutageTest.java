package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are an unreachable database (answered 503) and which are not (500 or 4xx). */
class DatabaseOutageTest {
  @Test
  void aLostOrRefusedConnectionIsAnOutage() {
    assertThat(DatabaseOutage.isOutage(new SQLException("I/O error", "08006"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("shutting down", "57P01"))).isTrue();
    assertThat(
            DatabaseOutage.isOutage(
                new CannotGetJdbcConnectionException(
                    "no connection", new SQLTransientConnectionException("timeout"))))
        .isTrue();
    assertThat(
            DatabaseOutage.isOutage(
                new IllegalStateException("wrapped", new SQLException("x", "08001"))))
        .isTrue();
  }

  @Test
  void aLockNotHadInTimeIsAnsweredAsBusyNotAsABug() {
    // H2's "Timeout trying to lock table" (error 50200) and PostgreSQL's lock_not_available.
    assertThat(DatabaseOutage.isOutage(new SQLException("Timeout trying to lock", "HYT00", 50200)))
        .isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("could not obtain lock", "55P03")))
        .isTrue();
    assertThat(
            DatabaseOutage.isOutage(
                new org.springframework.dao.CannotAcquireLockException(
                    "lock", new SQLException("x", "HYT00"))))
        .isTrue();
  }

  @Test
  void aFailedRollbackIsJudgedByTheErrorItHides() {
    TransactionSystemException rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    assertThat(DatabaseOutage.isOutage(rollback)).isTrue();
    TransactionSystemException other =
        new TransactionSystemException("JDBC rollback failed", new SQLException("odd", "XX000"));
    other.initApplicationException(new SQLException("I/O error", "08006"));
    assertThat(DatabaseOutage.isOutage(other)).isTrue();
  }

  @Test
  void aBrokenRuleOrABugIsNot() {
    assertThat(
            DatabaseOutage.isOutage(
                new DataIntegrityViolationException(
                    "duplicate", new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("syntax", "42601"))).isFalse();
  }
}
