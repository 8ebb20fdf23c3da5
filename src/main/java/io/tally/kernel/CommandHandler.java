package io.tally.kernel;

/**
 * Decides one kind of command. {@link #handle} runs inside the command's transaction with the
 * ledger's write lock held: it checks the command against the projections, appends its events and
 * reads the answer back. Throwing {@link CommandRejected} undoes everything it did.
 *
 * @param <C> the command
 * @param <R> its answer
 */
public interface CommandHandler<C extends Command<R>, R> {

  /** The class of command this handler decides. */
  Class<C> commandType();

  R handle(C command, Actor actor);
}
