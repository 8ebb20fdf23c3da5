package io.tally.ledger;

import io.tally.ledger.chain.ChainEntry;
import java.time.Instant;
import java.util.Map;

/** An entry of the ledger as the modules see it: its header and its payload as a map. */
public record LedgerEntry(
    long seq,
    Instant time,
    String actor,
    String type,
    Long corrects,
    Payload payload,
    String payloadJson,
    String previousHash,
    String hash) {

  ChainEntry toChain() {
    return new ChainEntry(
        seq, time.toEpochMilli(), actor, type, corrects, payloadJson, previousHash, hash);
  }

  /** Read access to a payload's fields, failing loudly on a field that is not there. */
  public record Payload(Map<String, Object> fields) {
    public String text(String key) {
      Object v = require(key);
      return v.toString();
    }

    public String textOrNull(String key) {
      Object v = fields.get(key);
      return v == null ? null : v.toString();
    }

    public long number(String key) {
      Object v = require(key);
      return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    }

    public double decimal(String key) {
      Object v = require(key);
      return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    }

    @SuppressWarnings("unchecked")
    public java.util.List<Map<String, Object>> list(String key) {
      Object v = fields.get(key);
      return v == null ? java.util.List.of() : (java.util.List<Map<String, Object>>) v;
    }

    private Object require(String key) {
      Object v = fields.get(key);
      if (v == null) {
        throw new IllegalStateException("ledger payload has no field '" + key + "'");
      }
      return v;
    }
  }
}
