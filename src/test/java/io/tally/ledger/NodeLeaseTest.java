package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tally.support.Postgres;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Background work runs on one node at a time: on PostgreSQL a second node cannot take a lease the
 * first holds, and takes it once the first releases it or dies (its sessions end); on H2 the lease
 * is held within the one process.
 */
class NodeLeaseTest {
  static HikariDataSource node(String url) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername("postgres");
    ds.setPassword("");
    ds.setMaximumPoolSize(2);
    return ds;
  }

  @Test
  void onPostgresOneNodeHoldsTheLeaseAndAnotherTakesItWhenTheFirstDies() {
    Postgres.assumeAvailable();
    String url = Postgres.newDatabase();
    try (HikariDataSource a = node(url);
        HikariDataSource b = node(url)) {
      NodeLease first = new NodeLease(a);
      NodeLease second = new NodeLease(b);
      var held = first.tryAcquire("test-job");
      assertThat(held).isPresent();
      assertThat(second.tryAcquire("test-job")).isEmpty();
      assertThat(second.runIfFree("test-job", () -> {})).isFalse();
      assertThat(second.tryAcquire("another-job")).isPresent().get().satisfies(l -> l.close());

      held.get().close();
      var taken = second.tryAcquire("test-job");
      assertThat(taken).isPresent();
      assertThat(first.tryAcquire("test-job")).isEmpty();

      b.close(); // the second node dies: its sessions end, and its advisory locks with them
      assertThat(first.acquire("test-job", Duration.ofSeconds(5))).isPresent();
    }
  }

  @Test
  void onH2TheLeaseIsHeldInProcessAndReleasedFromAnyThread() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:lease-" + System.nanoTime());
    NodeLease lease = new NodeLease(h2);
    var held = lease.tryAcquire("solve");
    assertThat(held).isPresent();
    assertThat(lease.tryAcquire("solve")).isEmpty();
    Thread other = new Thread(() -> held.get().close());
    other.start();
    other.join();
    assertThat(lease.tryAcquire("solve")).isPresent();
  }
}
