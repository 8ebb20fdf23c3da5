package io.tally.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the head and writes a checkpoint: after every N entries commit, at start (for entries a
 * previous run left unsigned), every minute while entries are unsigned, and at shutdown; always
 * after checking the chain since the last checkpoint, under the ledger lock. The embedded database
 * may close before the shutdown run; the start-up run covers that.
 */
@Component
class Checkpointing implements ApplicationRunner, DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpointing.class);

  private final JdbcClient jdbc;
  private final HeadSigning signing;
  private final Checkpoints checkpoints;
  private final ChainTail tail;
  private final TransactionTemplate tx;
  private final NodeLease lease;

  Checkpointing(
      JdbcClient jdbc,
      HeadSigning signing,
      Checkpoints checkpoints,
      ChainTail tail,
      PlatformTransactionManager transactions,
      NodeLease lease) {
    this.lease = lease;
    this.jdbc = jdbc;
    this.signing = signing;
    this.checkpoints = checkpoints;
    this.tail = tail;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Signs the head and checkpoints it unless done already; refuses (and says why) on tampering. */
  boolean checkpoint() {
    Boolean done =
        tx.execute(
            s -> {
              Ledger.Head head =
                  jdbc.sql("SELECT seq, hash FROM ledger_head WHERE id = 1 FOR UPDATE")
                      .query((rs, n) -> new Ledger.Head(rs.getLong(1), rs.getString(2).trim()))
                      .single();
              if (head.seq() == 0) {
                return true;
              }
              var problem = tail.problem(head);
              if (problem.isPresent()) {
                LOG.error("ledger head {} NOT signed: {}", head.seq(), problem.get());
                return false;
              }
              signing.signIfUnsigned(head);
              if (checkpoints.newestSize() < head.seq()) {
                checkpoints.write(head);
              }
              return true;
            });
    return Boolean.TRUE.equals(done);
  }

  @Override
  public void run(ApplicationArguments args) {
    checkpoint();
  }

  /** One node at a time signs on the clock; when it dies, another takes the next round. */
  @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  void checkpointPeriodically() {
    try {
      lease.runIfFree("ledger-checkpoint", this::checkpoint);
    } catch (QueryTimeoutException | PessimisticLockingFailureException busy) {
      // A long command (a replay, a large import) holds the ledger's lock: the next round signs.
      LOG.warn("ledger busy, checkpoint deferred to the next round: {}", busy.getMessage());
    }
  }

  @Override
  public void destroy() {
    try {
      checkpoint();
    } catch (RuntimeException e) {
      // The database may already be closed at shutdown; the next start checkpoints instead.
      LOG.warn("could not checkpoint the ledger at shutdown: {}", e.getMessage());
    }
  }
}
