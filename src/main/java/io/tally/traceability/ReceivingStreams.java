package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.PurchasedComponent;
import io.tally.quality.sampling.Approver;
import io.tally.quality.sampling.Aql;
import io.tally.quality.sampling.InspectionLevel;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.NonconformityClass;
import io.tally.quality.sampling.SamplingPlan;
import io.tally.quality.sampling.SamplingScheme;
import io.tally.quality.sampling.StreamKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The receiving inspection streams: one per component, supplier, inspection level and AQL, each
 * rebuilt by replaying its inputs (lots decided, corrective actions accepted) through the ISO
 * 2859-1 switching rules of the sampling core. A change of level or AQL in the plant file starts a
 * new stream on normal inspection.
 */
@Component
public class ReceivingStreams {
  /**
   * The sampling core's stream key names a product and a line; a receiving stream puts the
   * component in the first and this fixed place in the second (the supplier is part of {@link Id}).
   */
  static final LineId RECEIVING = new LineId("RECEIVING");

  private final JdbcClient jdbc;

  ReceivingStreams(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One receiving stream as stored, its level and AQL spelled as the standard writes them. */
  record Id(String component, String supplier, String level, String aql) {
    Id {
      level = InspectionLevel.parse(level).label();
      aql = Aql.parse(aql).toString();
    }

    /** The stream a component's lots from a supplier are sampled on, by the plant file's scheme. */
    static Id of(PurchasedComponent c, String supplier) {
      return new Id(
          c.code(), supplier, c.inspectionLevel(), new Aql(BigDecimal.valueOf(c.aql())).toString());
    }

    SamplingScheme scheme() {
      return new SamplingScheme(InspectionLevel.parse(level), Aql.parse(aql));
    }
  }

  /** The stream a lot is sampled on; a plant file scheme the tables do not cover is refused. */
  Id idOf(ComponentLotView lot, PurchasedComponent c) {
    try {
      return Id.of(c, lot.supplier());
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(
          "component",
          "the plant file's receiving inspection of "
              + c.code()
              + " is unusable: "
              + e.getMessage());
    }
  }

  /** The stream, ready to decide a lot: a discontinued stream is refused. */
  InspectionStream open(Id id) {
    InspectionStream stream = replay(id);
    if (stream.isDiscontinued()) {
      throw CommandRejected.conflict(
          "componentLot",
          "receiving inspection of "
              + id.component()
              + " from "
              + id.supplier()
              + " is discontinued after five lots not accepted on tightened inspection; record"
              + " the supplier's corrective action first");
    }
    return stream;
  }

  /** The plan the quarantined lot would be sampled by now. */
  public ReceivingPlan plan(ComponentLotView lot, PurchasedComponent c) {
    Id id = idOf(lot, c);
    InspectionStream stream = open(id);
    SamplingPlan p = stream.nextPlan(lot.received());
    return new ReceivingPlan(
        lot.componentLot(),
        id.component(),
        id.supplier(),
        id.level(),
        id.aql(),
        stream.severity().name(),
        lot.received(),
        p.n(),
        p.ac(),
        p.re());
  }

  /** The stream after all its inputs, oldest first. */
  InspectionStream replay(Id id) {
    InspectionStream stream =
        new InspectionStream(
            new StreamKey(new ProductCode(id.component()), RECEIVING, NonconformityClass.MAJOR),
            id.scheme());
    jdbc.sql(
            "SELECT kind, lot_size, d, actor, note FROM receiving_stream_input WHERE component = ?"
                + " AND supplier = ? AND insp_level = ? AND aql = ? ORDER BY seq")
        .params(id.component(), id.supplier(), id.level(), id.aql())
        .query(
            rs -> {
              if ("LOT".equals(rs.getString(1))) {
                stream.inspect(rs.getLong(2), rs.getInt(3));
              } else {
                stream.recordCorrectiveAction(
                    new Approver(rs.getString(4), Set.of(Approver.QUALITY)), rs.getString(5));
              }
            });
    return stream;
  }

  /** Stores the stream's state after its inputs. */
  void refresh(Id id) {
    InspectionStream s = replay(id);
    int lots =
        jdbc.sql(
                "SELECT COUNT(*) FROM receiving_stream_input WHERE component = ? AND supplier = ?"
                    + " AND insp_level = ? AND aql = ? AND kind = 'LOT'")
            .params(id.component(), id.supplier(), id.level(), id.aql())
            .query(Integer.class)
            .single();
    jdbc.sql(
            "DELETE FROM receiving_stream WHERE component = ? AND supplier = ? AND insp_level = ?"
                + " AND aql = ?")
        .params(id.component(), id.supplier(), id.level(), id.aql())
        .update();
    jdbc.sql(
            "INSERT INTO receiving_stream (component, supplier, insp_level, aql, severity,"
                + " discontinued, score, lots) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id.component(),
            id.supplier(),
            id.level(),
            id.aql(),
            s.severity().name(),
            s.isDiscontinued(),
            s.switchingScore(),
            lots)
        .update();
  }

  /** A stream's state; a stream with no input yet is on normal inspection. */
  ReceivingStreamView view(Id id) {
    return jdbc.sql(
            "SELECT component, supplier, insp_level, aql, severity, discontinued, score, lots FROM"
                + " receiving_stream WHERE component = ? AND supplier = ? AND insp_level = ? AND"
                + " aql = ?")
        .params(id.component(), id.supplier(), id.level(), id.aql())
        .query((rs, n) -> view(rs))
        .optional()
        .orElse(
            new ReceivingStreamView(
                id.component(), id.supplier(), id.level(), id.aql(), "NORMAL", false, 0, 0));
  }

  public List<ReceivingStreamView> all() {
    return jdbc.sql(
            "SELECT component, supplier, insp_level, aql, severity, discontinued, score, lots FROM"
                + " receiving_stream ORDER BY component, supplier, insp_level, aql")
        .query((rs, n) -> view(rs))
        .list();
  }

  private static ReceivingStreamView view(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ReceivingStreamView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getBoolean(6),
        rs.getInt(7),
        rs.getInt(8));
  }
}
