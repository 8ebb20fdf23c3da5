package io.tally.traceability;

import io.tally.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Holds, recalls and customer returns on a fresh PostgreSQL database. */
class HoldsRecallsReturnsOnPostgresTest extends HoldsRecallsReturnsTest {
  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }
}
