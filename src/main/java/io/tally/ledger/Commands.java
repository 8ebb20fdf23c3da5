package io.tally.ledger;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.EntryHash;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a command in one transaction: its ledger entries, its projections and its idempotency record
 * commit together, and the answer is returned only after the commit. The transaction is a {@link
 * GroupCommit} batch's: the command runs under the ledger lock, in a savepoint of its own, and
 * commits with the commands that arrived with it. The same key sent again by the same user returns
 * the first answer without running the command again; the same key with a different request is
 * refused.
 */
@Service
public class Commands {
  private static final int KEY_MAX = 200;
  private final GroupCommit group;
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final JsonMapper json;
  private final Clock clock;

  Commands(GroupCommit group, JdbcClient jdbc, WriteBehind writes, JsonMapper json, Clock clock) {
    this.group = group;
    this.writes = writes;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Runs {@code action} once for this key. {@code request} is what the key must always come with
   * (compared by hash); {@code type} is the answer's class, to read a stored answer back.
   */
  public <T> T run(
      Actor actor,
      String idempotencyKey,
      String command,
      Object request,
      Class<T> type,
      Supplier<T> action) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return group.run(action);
    }
    if (idempotencyKey.length() > KEY_MAX - 65) {
      throw CommandRejected.invalid(
          "Idempotency-Key", "an idempotency key is at most 135 characters");
    }
    String key = actor.name() + ":" + idempotencyKey;
    String requestHash = EntryHash.sha256Hex(command + "\n" + json.writeValueAsString(request));
    Optional<T> earlier = earlier(key, command, requestHash, type);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      // Same key twice in one batch: the second's key insert fails (as its held-back writes are
      // sent at the end of the command), its savepoint undoes it, and the catch below answers it
      // with the first's answer once the batch has committed.
      return group.run(
          () -> {
            T result = action.get();
            writes.update(
                "INSERT INTO command_key (idem_key, actor, command, request_hash, response,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                key,
                actor.name(),
                command,
                requestHash,
                json.writeValueAsString(result),
                Timestamp.from(clock.instant()));
            return result;
          });
    } catch (DuplicateKeyException raced) {
      // Another request with the same key committed first; its answer is the answer.
      return earlier(key, command, requestHash, type).orElseThrow(() -> raced);
    }
  }

  private <T> Optional<T> earlier(String key, String command, String requestHash, Class<T> type) {
    return jdbc.sql("SELECT command, request_hash, response FROM command_key WHERE idem_key = ?")
        .param(key)
        .query(
            (rs, n) -> {
              if (!rs.getString(1).equals(command) || !rs.getString(2).equals(requestHash)) {
                throw CommandRejected.conflict(
                    "Idempotency-Key",
                    "this idempotency key was used for a different request; use a new key");
              }
              return json.readValue(rs.getString(3), type);
            })
        .optional();
  }
}
