package io.tally.traceability;

import io.tally.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Stocktakes and the location register on a fresh PostgreSQL database. */
class StocktakeOnPostgresTest extends StocktakeTest {
  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }
}
