package io.tally.ledger;

import io.tally.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link GroupCommitTest} on PostgreSQL, where savepoints are SQL statements of their own. */
class GroupCommitOnPostgresTest extends GroupCommitTest {
  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }
}
