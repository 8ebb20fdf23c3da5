package io.tally.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every projection from the ledger and compares the result with the live tables, without
 * changing them: in one transaction that holds the ledger lock it reads every projection table,
 * empties them, re-applies every entry through every projection in the order the ledger uses, reads
 * them again and rolls back. A projection that reads tables outside the projections (or the clock)
 * can replay differently; that is what this check is for.
 */
@Service
public class Replay {
  static final int MAX_LISTED = 200;

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final List<Projection> projections;
  private final LedgerEntries entries;
  private final LedgerLock lock;

  Replay(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      List<Projection> projections,
      LedgerEntries entries,
      LedgerLock lock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.projections = projections;
    this.entries = entries;
    this.lock = lock;
  }

  public ReplayReport run() {
    return tx.execute(
        status -> {
          try {
            lock.hold();
            List<String> tables = tables();
            Map<String, TableSnapshot> live = snapshot(tables);
            for (Projection p : projections) {
              for (String t : p.tables()) {
                jdbc.update("DELETE FROM " + t);
              }
            }
            long[] count = {0};
            entries.forEach(
                e -> {
                  for (Projection p : projections) {
                    p.apply(e);
                  }
                  count[0]++;
                });
            Map<String, TableSnapshot> replayed = snapshot(tables);
            return compare(count[0], tables, live, replayed);
          } finally {
            status.setRollbackOnly();
          }
        });
  }

  private List<String> tables() {
    List<String> out = new ArrayList<>();
    for (Projection p : projections) {
      out.addAll(p.tables());
    }
    return out;
  }

  private Map<String, TableSnapshot> snapshot(List<String> tables) {
    return jdbc.execute(
        (ConnectionCallback<Map<String, TableSnapshot>>)
            con -> {
              Map<String, TableSnapshot> out = new LinkedHashMap<>();
              for (String t : tables) {
                out.put(t, TableSnapshot.read(con, t));
              }
              return out;
            });
  }

  private static ReplayReport compare(
      long entries,
      List<String> tables,
      Map<String, TableSnapshot> live,
      Map<String, TableSnapshot> replayed) {
    List<ReplayReport.TableCount> counts = new ArrayList<>();
    List<ReplayReport.Difference> listed = new ArrayList<>();
    int total = 0;
    for (String t : tables) {
      var a = live.get(t).rows();
      var b = replayed.get(t).rows();
      counts.add(new ReplayReport.TableCount(t, a.size(), b.size()));
      TreeSet<String> keys = new TreeSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (String k : keys) {
        Map<String, String> x = a.get(k);
        Map<String, String> y = b.get(k);
        if (!Objects.equals(x, y)) {
          total++;
          if (listed.size() < MAX_LISTED) {
            listed.add(new ReplayReport.Difference(t, k, x, y));
          }
        }
      }
    }
    return new ReplayReport(entries, counts, total == 0, total, listed);
  }
}
