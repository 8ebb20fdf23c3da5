package io.tally.traceability;

import io.tally.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Packaging units, SSCC serials and unit shipments on a fresh PostgreSQL database. */
class PackagingOnPostgresTest extends PackagingTest {
  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }
}
