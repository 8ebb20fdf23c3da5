package io.tally.kernel;

/**
 * The one command path: for a {@link Command} it finds the {@link CommandHandler}, opens one
 * transaction, takes the ledger's write lock, runs the handler, records the answer against the
 * idempotency key and returns it only after the commit. The same key sent again by the same actor
 * with the same command returns the first answer without running it again; with a different command
 * it is refused.
 */
public interface CommandExecutor {

  <R> R execute(Actor actor, IdempotencyKey key, Command<R> command);

  /** Runs a command with no idempotency key (Tally's own bookkeeping, tests, the demo). */
  default <R> R execute(Actor actor, Command<R> command) {
    return execute(actor, IdempotencyKey.NONE, command);
  }
}
