package io.tally.integration.isa95;

import io.tally.input.Forms;
import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Customer orders as a B2MML V0600 {@code ProductionSchedule} request, read and written. Each
 * {@code ProductionRequest} is one order:
 *
 * <pre>
 * ProductionRequest
 *   ID                      the order id
 *   EndTime                 the due day (a date-time; its date in its own offset is the day)
 *   Priority                1 (highest) to 5
 *   SegmentRequirement
 *     ProductionParameter/Parameter  ID "customer", Value/ValueString the customer id
 *     MaterialProducedRequirement
 *       MaterialDefinitionID  the product
 *       Quantity/QuantityString, UnitOfMeasure EA
 * </pre>
 *
 * Elements of the schema that Tally does not use may stand in their places and are skipped; an
 * element the schema does not have there, or one out of the schema's order, refuses the document. A
 * document with any fault is refused whole with the element's path and the reason. Reading is safe:
 * no DTD, no external entity, at most {@link #MAX_BYTES} bytes and {@link #MAX_DEPTH} levels.
 */
public final class B2mmlOrders {
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_DEPTH = 32;
  static final int MAX_ORDERS = 100_000;

  /** Each parent's children in the order of the schema's sequence (the ones a request may hold). */
  private static final Map<String, List<String>> SEQUENCE =
      Map.of(
          "ProductionSchedule",
          List.of(
              "ID",
              "Description",
              "Location",
              "HierarchyScope",
              "PublishedDate",
              "StartTime",
              "EndTime",
              "EquipmentElementLevel",
              "ProductionRequest",
              "ScheduleState"),
          "ProductionRequest",
          List.of(
              "ID",
              "Description",
              "ProductProductionRuleID",
              "Version",
              "Location",
              "HierarchyScope",
              "StartTime",
              "EndTime",
              "Priority",
              "SegmentRequirement",
              "SegmentResponse",
              "RequestState"),
          "SegmentRequirement",
          List.of(
              "ID",
              "ProductSegmentID",
              "ProcessSegmentID",
              "Description",
              "Location",
              "HierarchyScope",
              "EarliestStartTime",
              "LatestEndTime",
              "Duration",
              "ProductionParameter",
              "PersonnelRequirement",
              "EquipmentRequirement",
              "PhysicalAssetRequirement",
              "MaterialRequirement",
              "MaterialProducedRequirement",
              "MaterialConsumedRequirement",
              "ConsumableExpectedRequirement",
              "SegmentRequirement",
              "RequiredByRequestedSegmentResponse",
              "SegmentState"),
          "MaterialProducedRequirement",
          List.of(
              "MaterialClassID",
              "MaterialDefinitionID",
              "MaterialLotID",
              "MaterialSubLotID",
              "Description",
              "Location",
              "HierarchyScope",
              "Quantity",
              "MaterialProducedRequirementProperty",
              "RequiredByRequestedSegmentResponse"),
          "Quantity",
          List.of("QuantityString", "DataType", "UnitOfMeasure", "Key"),
          "ProductionParameter",
          List.of("ProductSegmentID", "ProcessSegmentID", "Parameter"),
          "Parameter",
          List.of("ID", "Value", "Description", "Parameter"),
          "Value",
          List.of("ValueString", "DataType", "UnitOfMeasure", "Key"));

  private B2mmlOrders() {}

  /** A document refused: {@code path} is the element at fault, the message says why. */
  public static final class Refused extends RuntimeException {
    private final String path;

    Refused(String source, String path, String reason) {
      super(source + ": " + path + ": " + reason);
      this.path = path;
    }

    public String path() {
      return path;
    }
  }

  /** The orders read, and for each order the path of each field's element (for refusals). */
  public record Read(List<Order> orders, List<Map<String, String>> places) {}

  /** A parsed element: name, its path from the root with positions, text, children. */
  private static final class El {
    final String name;
    final String path;
    final StringBuilder text = new StringBuilder();
    final List<El> children = new ArrayList<>();

    El(String name, String path) {
      this.name = name;
      this.path = path;
    }

    List<El> all(String child) {
      return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    @Nullable El one(String source, String child) {
      List<El> found = all(child);
      if (found.size() > 1) {
        throw new Refused(source, found.get(1).path, "only one " + child + " is allowed here");
      }
      return found.isEmpty() ? null : found.get(0);
    }

    El required(String source, String child) {
      El e = one(source, child);
      if (e == null) {
        throw new Refused(source, path, "the element " + child + " is missing");
      }
      return e;
    }

    String text() {
      return text.toString().trim();
    }
  }

  public static Read read(String source, InputStream in, Plant plant) {
    El root = parse(source, in);
    if (!root.name.equals("ProductionSchedule")) {
      throw new Refused(source, root.path, "expected a ProductionSchedule, found " + root.name);
    }
    List<El> requests = root.all("ProductionRequest");
    if (requests.isEmpty()) {
      throw new Refused(source, root.path, "holds no ProductionRequest");
    }
    if (requests.size() > MAX_ORDERS) {
      throw new Refused(source, root.path, "holds more than " + MAX_ORDERS + " requests");
    }
    List<Order> orders = new ArrayList<>();
    List<Map<String, String>> places = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (El r : requests) {
      Map<String, String> place = new LinkedHashMap<>();
      orders.add(order(source, r, plant, ids, place));
      places.add(place);
    }
    return new Read(orders, places);
  }

  private static Order order(
      String source, El r, Plant plant, Set<String> ids, Map<String, String> place) {
    El idEl = r.required(source, "ID");
    String id = idEl.text();
    place.put("order", idEl.path);
    if (Forms.startsLikeFormula(id) || !Forms.isId(id)) {
      throw new Refused(source, idEl.path, Forms.idRule("the order id"));
    }
    if (!ids.add(id)) {
      throw new Refused(source, idEl.path, "'" + id + "' repeats an earlier order");
    }
    El seg = r.required(source, "SegmentRequirement");
    if (r.all("SegmentRequirement").size() > 1) {
      throw new Refused(
          source, r.all("SegmentRequirement").get(1).path, "an order has one SegmentRequirement");
    }
    El customerEl = customer(source, seg);
    place.put("customer", customerEl.path);
    CustomerId customer = new CustomerId(nonBlank(source, customerEl));
    if (plant.findCustomer(customer).isEmpty()) {
      throw new Refused(source, customerEl.path, "unknown customer '" + Forms.echo(customer) + "'");
    }
    El made = seg.required(source, "MaterialProducedRequirement");
    if (seg.all("MaterialProducedRequirement").size() > 1) {
      throw new Refused(
          source, seg.all("MaterialProducedRequirement").get(1).path, "an order makes one product");
    }
    El productEl = made.required(source, "MaterialDefinitionID");
    place.put("product", productEl.path);
    ProductCode product = new ProductCode(nonBlank(source, productEl));
    if (plant.findProduct(product).isEmpty()) {
      throw new Refused(source, productEl.path, "unknown product '" + Forms.echo(product) + "'");
    }
    El q = made.required(source, "Quantity");
    El qs = q.required(source, "QuantityString");
    place.put("quantity", qs.path);
    El unit = q.one(source, "UnitOfMeasure");
    if (unit != null && !unit.text().equalsIgnoreCase(B2mml.UNIT)) {
      throw new Refused(
          source,
          unit.path,
          "the unit must be " + B2mml.UNIT + ", was '" + Forms.echo(unit.text()) + "'");
    }
    long quantity;
    try {
      quantity = Long.parseLong(qs.text());
    } catch (NumberFormatException e) {
      throw new Refused(source, qs.path, "'" + Forms.echo(qs.text()) + "' is not a whole number");
    }
    if (quantity <= 0 || quantity > Forms.QUANTITY_MAX) {
      throw new Refused(
          source, qs.path, "quantity must be 1 to " + Forms.QUANTITY_MAX + ", was " + quantity);
    }
    El endEl = r.required(source, "EndTime");
    place.put("due", endEl.path);
    LocalDate due = due(source, endEl);
    El prEl = r.required(source, "Priority");
    place.put("priority", prEl.path);
    int priority;
    try {
      priority = Integer.parseInt(prEl.text());
    } catch (NumberFormatException e) {
      priority = 0;
    }
    if (priority < 1 || priority > 5) {
      throw new Refused(
          source, prEl.path, "priority must be 1 to 5, was '" + Forms.echo(prEl.text()) + "'");
    }
    return new Order(new OrderId(id), customer, product, quantity, due, priority);
  }

  private static El customer(String source, El seg) {
    for (El pp : seg.all("ProductionParameter")) {
      El p = pp.required(source, "Parameter");
      El id = p.required(source, "ID");
      if (id.text().equals("customer")) {
        return p.required(source, "Value").required(source, "ValueString");
      }
    }
    throw new Refused(
        source,
        seg.path,
        "no ProductionParameter whose Parameter has the ID 'customer' names the customer");
  }

  private static LocalDate due(String source, El e) {
    String t = e.text();
    LocalDate due;
    try {
      due = t.length() == 10 ? LocalDate.parse(t) : OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException ex) {
      throw new Refused(
          source,
          e.path,
          "'" + Forms.echo(t) + "' is not a date-time with an offset (2026-12-01T00:00:00Z)");
    }
    if (!Forms.isPlausible(due)) {
      throw new Refused(source, e.path, "due " + due + " is not from 2000-01-01 to 2100-12-31");
    }
    return due;
  }

  private static String nonBlank(String source, El e) {
    String t = e.text();
    if (t.isEmpty()) {
      throw new Refused(source, e.path, "must not be empty");
    }
    if (Forms.startsLikeFormula(t)) {
      throw new Refused(source, e.path, "must not start with = + - @");
    }
    return t;
  }

  // ---- safe parsing ----------------------------------------------------------------------------

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static El parse(String source, InputStream raw) {
    InputStream in = new Bounded(raw, MAX_BYTES);
    List<El> stack = new ArrayList<>();
    El root = null;
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.DTD -> throw new Refused(source, "/", "a DOCTYPE is not allowed");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new Refused(
                  source, path(stack), "the entity &" + r.getLocalName() + "; is not allowed");
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            String ns = r.getNamespaceURI();
            El parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            String at =
                parent == null
                    ? "/" + name
                    : parent.path + "/" + name + "[" + (parent.all(name).size() + 1) + "]";
            if (!B2mml.NS.equals(ns)) {
              throw new Refused(
                  source, at, "the element is not in the B2MML V0600 namespace " + B2mml.NS);
            }
            if (stack.size() >= MAX_DEPTH) {
              throw new Refused(source, at, "nested deeper than " + MAX_DEPTH + " levels");
            }
            El e = new El(name, at);
            if (parent == null) {
              root = e;
            } else {
              inOrder(source, parent, e);
              parent.children.add(e);
            }
            stack.add(e);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!stack.isEmpty()) {
              El top = stack.get(stack.size() - 1);
              if (top.text.length() + r.getTextLength() > 4096) {
                throw new Refused(source, top.path, "text longer than 4096 characters");
              }
              top.text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof io.tally.input.BodyTooLarge tooLarge) {
          throw tooLarge;
        }
      }
      Throwable cause = e.getNestedException();
      if (cause instanceof TooLarge || e.getCause() instanceof TooLarge) {
        throw new Refused(source, "/", "larger than " + MAX_BYTES + " bytes");
      }
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ")";
      throw new Refused(source, path(stack), "not well-formed XML" + where + ": " + reason(e));
    } catch (TooLarge e) {
      throw new Refused(source, "/", "larger than " + MAX_BYTES + " bytes");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
    if (root == null) {
      throw new Refused(source, "/", "no root element");
    }
    return root;
  }

  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.indexOf("Message: ");
    String said = i >= 0 ? m.substring(i + 9) : m;
    return said.length() > 200 ? said.substring(0, 200) : said;
  }

  private static String path(List<El> stack) {
    return stack.isEmpty() ? "/" : stack.get(stack.size() - 1).path;
  }

  /** Refuses a child the schema does not have under its parent, or one out of order. */
  private static void inOrder(String source, El parent, El child) {
    List<String> seq = SEQUENCE.get(parent.name);
    if (seq == null) {
      return; // inside an element Tally skips: its content is not Tally's to check
    }
    int at = seq.indexOf(child.name);
    if (at < 0) {
      throw new Refused(
          source, child.path, "the schema has no element " + child.name + " in " + parent.name);
    }
    if (!parent.children.isEmpty()) {
      El last = parent.children.get(parent.children.size() - 1);
      if (seq.indexOf(last.name) > at) {
        throw new Refused(
            source,
            child.path,
            child.name + " must come before " + last.name + " (the schema's order)");
      }
    }
  }

  /** Thrown by {@link Bounded} past the limit. */
  private static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("too large", null, false, false);
    }
  }

  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new TooLarge();
      }
    }
  }

  // ---- writing -------------------------------------------------------------------------------

  /** Writes orders as a ProductionSchedule request that {@link #read} takes back. */
  public static void write(String id, List<Order> orders, OutputStream out) {
    try (B2mml x = new B2mml(out)) {
      x.root("ProductionSchedule");
      x.leaf("ID", id);
      for (Order o : orders) {
        x.start("ProductionRequest");
        x.leaf("ID", o.id().value());
        x.leaf("EndTime", o.due() + "T00:00:00Z");
        x.leaf("Priority", o.priority());
        x.start("SegmentRequirement");
        x.leaf("ID", o.id().value());
        B2mmlExport.parameter(x, "customer", o.customer().value());
        x.start("MaterialProducedRequirement");
        x.leaf("MaterialDefinitionID", o.product().value());
        x.quantity(o.quantity()).end();
        x.end();
        x.leaf("RequestState", "Forecast");
        x.end();
      }
      x.leaf("ScheduleState", "Forecast");
      x.end();
      x.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
