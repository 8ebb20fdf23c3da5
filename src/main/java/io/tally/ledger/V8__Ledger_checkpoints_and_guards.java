package io.tally.ledger;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The checkpoints table on every database; on PostgreSQL also triggers that refuse UPDATE, DELETE
 * and TRUNCATE on the ledger's tables, for every role including their owner (who can still disable
 * them: that is what the checkpoints outside the database are for). H2 has no such triggers in SQL,
 * and one migration history serves both, so this is a Java migration that asks which it runs on.
 * Flyway names it version 8 from the class name.
 */
@Component
class V8__Ledger_checkpoints_and_guards extends BaseJavaMigration {
  static final String[] GUARDED = {"ledger_entry", "ledger_signed_head", "ledger_checkpoint"};

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      s.execute(
          "CREATE TABLE ledger_checkpoint ("
              + " tree_size BIGINT NOT NULL PRIMARY KEY,"
              + " root_hash VARCHAR(44) NOT NULL,"
              + " note VARCHAR(4000) NOT NULL,"
              + " epoch_millis BIGINT NOT NULL)");
      String product = context.getConnection().getMetaData().getDatabaseProductName();
      if (!"PostgreSQL".equals(product)) {
        return;
      }
      s.execute(
          "CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
              + " BEGIN RAISE EXCEPTION 'the ledger is append-only: % on % refused',"
              + " TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$");
      for (String table : GUARDED) {
        s.execute(
            "CREATE TRIGGER "
                + table
                + "_append_only BEFORE UPDATE OR DELETE ON "
                + table
                + " FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()");
        s.execute(
            "CREATE TRIGGER "
                + table
                + "_no_truncate BEFORE TRUNCATE ON "
                + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()");
      }
    }
  }
}
