package io.tally.plant.model;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A whole plant as read from a plant file; validated, immutable, with look-ups by id. */
public record Plant(
    Site site,
    List<WorkCalendar> calendars,
    List<Stage> stages,
    List<Product> products,
    List<Line> lines,
    List<AcceptanceAct> acceptanceActs,
    List<StopReason> stopReasons,
    List<Customer> customers,
    List<Location> locations,
    List<PurchasedComponent> components) {

  public Plant {
    components = List.copyOf(components);
    // A calendar's wall-clock shifts are the site's: resolve them in the site's time zone.
    calendars = calendars.stream().map(c -> c.inZone(site.zone())).toList();
    stages = List.copyOf(stages);
    products = List.copyOf(products);
    lines = List.copyOf(lines);
    acceptanceActs = List.copyOf(acceptanceActs);
    stopReasons = List.copyOf(stopReasons);
    customers = List.copyOf(customers);
    locations = List.copyOf(locations);
  }

  /** A plant whose file lists no purchased components (every one takes the defaults). */
  public Plant(
      Site site,
      List<WorkCalendar> calendars,
      List<Stage> stages,
      List<Product> products,
      List<Line> lines,
      List<AcceptanceAct> acceptanceActs,
      List<StopReason> stopReasons,
      List<Customer> customers,
      List<Location> locations) {
    this(
        site,
        calendars,
        stages,
        products,
        lines,
        acceptanceActs,
        stopReasons,
        customers,
        locations,
        List.of());
  }

  /** A plant without a location register (a plant file without one, or a planning copy). */
  public Plant(
      Site site,
      List<WorkCalendar> calendars,
      List<Stage> stages,
      List<Product> products,
      List<Line> lines,
      List<AcceptanceAct> acceptanceActs,
      List<StopReason> stopReasons,
      List<Customer> customers) {
    this(
        site,
        calendars,
        stages,
        products,
        lines,
        acceptanceActs,
        stopReasons,
        customers,
        List.of());
  }

  /**
   * What the file says of a component: its approved suppliers, receiving inspection and balance
   * tolerance; a component it does not list has no approved supplier and the defaults.
   */
  public PurchasedComponent purchased(String code) {
    return components.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseGet(() -> PurchasedComponent.unlisted(code));
  }

  public Optional<Location> findLocation(LocationCode code) {
    return locations.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  public Line line(LineId id) {
    return find(lines, Line::id, id, "line");
  }

  public Optional<Line> findLine(LineId id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Product product(ProductCode code) {
    return find(products, Product::code, code, "product");
  }

  public Optional<Product> findProduct(ProductCode code) {
    return products.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public WorkCalendar calendar(CalendarId id) {
    return find(calendars, WorkCalendar::id, id, "calendar");
  }

  public WorkCalendar calendarOf(Line line) {
    return calendar(line.calendar());
  }

  public Stage stage(StageId id) {
    return find(stages, Stage::id, id, "stage");
  }

  public Optional<Customer> findCustomer(CustomerId id) {
    return customers.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<StopReason> findStopReason(String code) {
    return stopReasons.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public List<Line> linesOf(StageId stage) {
    return lines.stream().filter(l -> l.stage().equals(stage)).toList();
  }

  /** The acceptance acts in the plant file that cover a line (its own or its stage's). */
  public List<AcceptanceAct> actsCovering(Line line) {
    return acceptanceActs.stream().filter(a -> a.covers(line)).toList();
  }

  public Map<ProductCode, Product> productsByCode() {
    return products.stream().collect(Collectors.toMap(Product::code, Function.identity()));
  }

  private static <T, K> T find(List<T> items, Function<T, K> key, K id, String what) {
    return items.stream()
        .filter(i -> key.apply(i).equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("unknown " + what + " '" + id + "'"));
  }
}
