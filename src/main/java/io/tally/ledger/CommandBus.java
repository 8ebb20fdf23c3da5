package io.tally.ledger;

import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandName;
import io.tally.kernel.IdempotencyKey;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The {@link CommandExecutor}: idempotency and the transaction from {@link Commands}, the ledger's
 * write lock from {@link LedgerLock}, the decision from the command's {@link CommandHandler}. Every
 * command holds the lock from its first check to its commit, so no other command appends between
 * what it read and what it wrote; commands that arrive together share one lock, one transaction and
 * one commit ({@link GroupCommit}), each in a savepoint of its own.
 */
@Service
class CommandBus implements CommandExecutor {
  private final Commands commands;
  private final LedgerLock lock;
  private final ObjectProvider<CommandHandler<?, ?>> handlers;
  private volatile Map<Class<?>, CommandHandler<?, ?>> byType = Map.of();

  CommandBus(Commands commands, LedgerLock lock, ObjectProvider<CommandHandler<?, ?>> handlers) {
    this.commands = commands;
    this.lock = lock;
    this.handlers = handlers;
  }

  @Override
  public <R> R execute(Actor actor, IdempotencyKey key, Command<R> command) {
    CommandHandler<Command<R>, R> handler = handlerFor(command);
    return commands.run(
        actor,
        key.value(),
        name(command.getClass()),
        command,
        command.answerType(),
        () -> {
          lock.hold();
          return handler.handle(command, actor);
        });
  }

  /** A command's stable name: its {@link CommandName}, else its class's simple name. */
  static String name(Class<?> type) {
    CommandName named = type.getAnnotation(CommandName.class);
    return named != null ? named.value() : type.getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private <R> CommandHandler<Command<R>, R> handlerFor(Command<R> command) {
    CommandHandler<?, ?> handler = handlers().get(command.getClass());
    if (handler == null) {
      throw new IllegalStateException("no handler for " + command.getClass().getName());
    }
    return (CommandHandler<Command<R>, R>) handler;
  }

  private Map<Class<?>, CommandHandler<?, ?>> handlers() {
    Map<Class<?>, CommandHandler<?, ?>> known = byType;
    if (known.isEmpty()) {
      Map<Class<?>, CommandHandler<?, ?>> found = new HashMap<>();
      handlers
          .orderedStream()
          .forEach(
              h -> {
                CommandHandler<?, ?> other = found.put(h.commandType(), h);
                if (other != null) {
                  throw new IllegalStateException(
                      "two handlers for " + h.commandType().getName() + ": " + other + ", " + h);
                }
              });
      known = Map.copyOf(found);
      byType = known;
    }
    return known;
  }
}
