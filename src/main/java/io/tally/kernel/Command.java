package io.tally.kernel;

/**
 * A request to change the record, as a record that names itself: {@link CommandName} gives the name
 * its idempotency key is bound to (the class's simple name when absent). {@code R} is the answer.
 * The {@link CommandHandler} for its class decides; the {@link CommandExecutor} runs it.
 *
 * @param <R> the answer's type
 */
public interface Command<R> {

  /** The answer's class, to read a stored answer back when the same key comes again. */
  Class<R> answerType();
}
