package io.tally.plant.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a plant file (YAML) into a {@link Plant}. A file with any problem is refused whole: the
 * exception lists every problem with file, line, field and reason.
 */
public final class PlantFileReader {
  /** The reference plant that ships inside the jar. */
  public static final String DEFAULT_RESOURCE = "/plant/reference-plant.yaml";

  private PlantFileReader() {}

  public static Plant read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PlantFileException(
          List.of(
              new PlantFileException.Problem(
                  file.toString(), 0, "", "cannot read: " + e.getMessage())));
    }
    return parse(file.getFileName().toString(), text);
  }

  public static Plant readDefault() {
    try (var in = PlantFileReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return parse("reference-plant.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("the built-in plant file cannot be read", e);
    }
  }

  public static Plant parse(String fileName, String text) {
    YamlNode.Problems problems = new YamlNode.Problems(fileName);
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(line, "", "bad YAML: " + e.getProblem());
      throw new PlantFileException(problems.list());
    } catch (YAMLException e) {
      problems.add(0, "", "bad YAML: " + e.getMessage());
      throw new PlantFileException(problems.list());
    }
    if (root == null) {
      problems.add(1, "", "the file is empty");
      throw new PlantFileException(problems.list());
    }
    Plant plant = new Reader(problems).plant(new YamlNode(root, "", problems));
    if (!problems.isEmpty()) {
      throw new PlantFileException(problems.list());
    }
    return plant;
  }

  /** One pass over the document; builds what it can and records a problem for the rest. */
  private static final class Reader {
    private final YamlNode.Problems problems;

    Reader(YamlNode.Problems problems) {
      this.problems = problems;
    }

    Plant plant(YamlNode root) {
      if (!root.checkMapping(
          "format",
          "site",
          "calendars",
          "stages",
          "products",
          "lines",
          "acceptanceActs",
          "stopReasons",
          "customers")) {
        return null;
      }
      root.get("format")
          .ifPresent(
              f -> {
                if (!"1".equals(f.text())) {
                  f.problem("unsupported format, expected 1");
                }
              });
      Site site = site(root.required("site"));
      List<WorkCalendar> calendars = list(root.required("calendars"), this::calendar);
      List<Stage> stages = list(root.required("stages"), this::stage);
      List<Product> products = list(root.required("products"), this::product);
      List<Line> lines = list(root.required("lines"), this::line);
      List<AcceptanceAct> acts = list(root.get("acceptanceActs"), this::act);
      List<StopReason> reasons = list(root.get("stopReasons"), this::stopReason);
      List<Customer> customers = list(root.get("customers"), this::customer);
      if (!problems.isEmpty() || site == null) {
        return null;
      }
      Plant plant = new Plant(site, calendars, stages, products, lines, acts, reasons, customers);
      new CrossReferences(problems, root).check(plant);
      return plant;
    }

    private <T> List<T> list(java.util.Optional<YamlNode> node, Function<YamlNode, T> item) {
      return node.map(n -> list(n, item)).orElse(List.of());
    }

    private <T> List<T> list(YamlNode node, Function<YamlNode, T> item) {
      List<T> out = new ArrayList<>();
      for (YamlNode n : node.items()) {
        T t = item.apply(n);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    /** Converts a scalar, turning a refused value into a problem at its place. */
    private <T> T value(YamlNode node, Function<String, T> parse) {
      String text = node.text();
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        node.problem(reason(e, text));
        return null;
      }
    }

    private static String reason(RuntimeException e, String text) {
      if (e instanceof NumberFormatException) {
        return "not a number: '" + text + "'";
      }
      if (e instanceof java.time.format.DateTimeParseException) {
        return "not a valid date or time: '" + text + "'";
      }
      return e.getMessage();
    }

    /** Builds a record, turning a refused combination into a problem at the node. */
    private <T> T build(YamlNode node, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        if (problems.isEmpty() || !(e instanceof NullPointerException)) {
          node.problem(e.getMessage() == null ? "incomplete" : e.getMessage());
        }
        return null;
      }
    }

    private Double positive(YamlNode node) {
      return value(
          node,
          t -> {
            double v = Double.parseDouble(t);
            if (!(v > 0) || Double.isInfinite(v)) {
              throw new IllegalArgumentException("must be a positive number, got " + t);
            }
            return v;
          });
    }

    private Long positiveLong(YamlNode node) {
      return value(
          node,
          t -> {
            long v = Long.parseLong(t);
            if (v <= 0) {
              throw new IllegalArgumentException("must be a positive whole number, got " + t);
            }
            return v;
          });
    }

    private Integer nonNegativeInt(YamlNode node) {
      return value(
          node,
          t -> {
            int v = Integer.parseInt(t);
            if (v < 0) {
              throw new IllegalArgumentException("must not be negative, got " + t);
            }
            return v;
          });
    }

    private Site site(YamlNode n) {
      if (n.isMissing()
          || !n.checkMapping("id", "name", "manufacturerSymbol", "timezone", "repairCrew")) {
        return null;
      }
      String id = value(n.required("id"), t -> Ids.require(t, "site id"));
      String name = n.required("name").text();
      String symbol = n.required("manufacturerSymbol").text();
      ZoneId zone = n.get("timezone").map(z -> value(z, ZoneId::of)).orElse(ZoneId.of("UTC"));
      Integer crew = n.get("repairCrew").map(this::nonNegativeInt).orElse(0);
      if (crew == null) {
        return null;
      }
      return build(n, () -> new Site(id, name, symbol, zone, crew));
    }

    private WorkCalendar calendar(YamlNode n) {
      if (!n.checkMapping(
          "id", "name", "shifts", "workingDays", "holidays", "standardYear", "maintenance")) {
        return null;
      }
      CalendarId id = value(n.required("id"), CalendarId::new);
      String name = n.get("name").map(YamlNode::text).orElse(id == null ? "" : id.value());
      List<Shift> shifts = list(n.required("shifts"), this::shift);
      for (int i = 0; i < shifts.size(); i++) {
        for (int j = i + 1; j < shifts.size(); j++) {
          if (shifts.get(i).overlaps(shifts.get(j))) {
            n.problem(
                "shifts '" + shifts.get(i).name() + "' and '" + shifts.get(j).name() + "' overlap");
          }
        }
      }
      Set<DayOfWeek> days =
          new HashSet<>(list(n.required("workingDays"), d -> value(d, PlantFileReader::day)));
      Set<LocalDate> holidays =
          new HashSet<>(list(n.get("holidays"), d -> value(d, LocalDate::parse)));
      Integer standardDays = null;
      YamlNode year = n.required("standardYear");
      if (!year.isMissing() && year.checkMapping("workingDays")) {
        standardDays =
            value(
                year.required("workingDays"),
                t -> {
                  int v = Integer.parseInt(t);
                  if (v < 0 || v > 366) {
                    throw new IllegalArgumentException("must be 0 to 366, got " + t);
                  }
                  return v;
                });
      }
      List<MaintenanceWindow> maintenance = list(n.get("maintenance"), this::maintenance);
      if (id == null || standardDays == null) {
        return null;
      }
      int sd = standardDays;
      return build(n, () -> new WorkCalendar(id, name, shifts, days, holidays, sd, maintenance));
    }

    private Shift shift(YamlNode n) {
      if (!n.checkMapping("name", "start", "end")) {
        return null;
      }
      String name = n.required("name").text();
      LocalTime start = value(n.required("start"), LocalTime::parse);
      LocalTime end = value(n.required("end"), LocalTime::parse);
      return start == null || end == null ? null : build(n, () -> new Shift(name, start, end));
    }

    private MaintenanceWindow maintenance(YamlNode n) {
      if (!n.checkMapping("lines", "start", "end", "reason")) {
        return null;
      }
      List<LineId> lines = list(n.get("lines"), l -> value(l, LineId::new));
      LocalDateTime start = value(n.required("start"), LocalDateTime::parse);
      LocalDateTime end = value(n.required("end"), LocalDateTime::parse);
      String reason = n.get("reason").map(YamlNode::text).orElse("");
      if (start == null || end == null) {
        return null;
      }
      return build(n, () -> new MaintenanceWindow(lines, start, end, reason));
    }

    private Stage stage(YamlNode n) {
      if (!n.checkMapping("id", "name")) {
        return null;
      }
      StageId id = value(n.required("id"), StageId::new);
      String name = n.required("name").text();
      return id == null || name == null ? null : new Stage(id, name);
    }

    private Product product(YamlNode n) {
      if (!n.checkMapping(
          "code", "name", "family", "unit", "lotSize", "bom", "packaging", "quality", "lotRule")) {
        return null;
      }
      ProductCode code = value(n.required("code"), ProductCode::new);
      String name = n.required("name").text();
      String family = value(n.required("family"), t -> Ids.require(t, "family"));
      String unit = n.required("unit").text();
      Long lotSize = positiveLong(n.required("lotSize"));
      List<Product.BomLine> bom = list(n.get("bom"), this::bomLine);
      List<Product.PackagingLevel> packaging = list(n.get("packaging"), this::packagingLevel);
      Product.QualityPlan quality = qualityPlan(n.required("quality"));
      Product.LotRule lotRule = lotRule(n.required("lotRule"));
      if (code == null
          || name == null
          || family == null
          || unit == null
          || lotSize == null
          || quality == null
          || lotRule == null) {
        return null;
      }
      return build(
          n,
          () -> new Product(code, name, family, unit, lotSize, bom, packaging, quality, lotRule));
    }

    private Product.BomLine bomLine(YamlNode n) {
      if (!n.checkMapping("component", "perUnit")) {
        return null;
      }
      String component = value(n.required("component"), t -> Ids.require(t, "component code"));
      Double perUnit = positive(n.required("perUnit"));
      return component == null || perUnit == null ? null : new Product.BomLine(component, perUnit);
    }

    private Product.PackagingLevel packagingLevel(YamlNode n) {
      if (!n.checkMapping("level", "contains")) {
        return null;
      }
      String level = value(n.required("level"), t -> Ids.require(t, "packaging level"));
      Long contains = positiveLong(n.required("contains"));
      return level == null || contains == null
          ? null
          : new Product.PackagingLevel(level, Math.toIntExact(contains));
    }

    private Product.QualityPlan qualityPlan(YamlNode n) {
      if (n.isMissing() || !n.checkMapping("inspectionLevel", "classes")) {
        return null;
      }
      String level =
          value(
              n.required("inspectionLevel"),
              t -> {
                if (!List.of("S-1", "S-2", "S-3", "S-4", "I", "II", "III").contains(t)) {
                  throw new IllegalArgumentException(
                      "unknown inspection level '" + t + "', expected S-1..S-4, I, II or III");
                }
                return t;
              });
      List<Product.NonconformityClass> classes = list(n.required("classes"), this::ncClass);
      return level == null ? null : new Product.QualityPlan(level, classes);
    }

    private Product.NonconformityClass ncClass(YamlNode n) {
      if (!n.checkMapping("class", "aql")) {
        return null;
      }
      String name =
          value(
              n.required("class"),
              t -> {
                if (!List.of("critical", "major", "minor").contains(t)) {
                  throw new IllegalArgumentException(
                      "unknown class '" + t + "', expected critical, major or minor");
                }
                return t;
              });
      Double aql = positive(n.required("aql"));
      return name == null || aql == null ? null : new Product.NonconformityClass(name, aql);
    }

    private Product.LotRule lotRule(YamlNode n) {
      if (n.isMissing() || !n.checkMapping("maxQuantity", "maxHours")) {
        return null;
      }
      Long q = positiveLong(n.required("maxQuantity"));
      Double h = positive(n.required("maxHours"));
      return q == null || h == null ? null : new Product.LotRule(q, h);
    }

    private Line line(YamlNode n) {
      if (!n.checkMapping(
          "id",
          "name",
          "stage",
          "state",
          "calendar",
          "capabilities",
          "changeovers",
          "reliability")) {
        return null;
      }
      LineId id = value(n.required("id"), LineId::new);
      String name = n.required("name").text();
      StageId stage = value(n.required("stage"), StageId::new);
      LineState state = value(n.required("state"), LineState::parse);
      CalendarId calendar = value(n.required("calendar"), CalendarId::new);
      List<Line.Capability> caps = list(n.required("capabilities"), this::capability);
      Map<ProductCode, Map<ProductCode, Integer>> changeovers = new LinkedHashMap<>();
      for (YamlNode c : n.get("changeovers").map(YamlNode::items).orElse(List.of())) {
        if (!c.checkMapping("from", "to", "minutes")) {
          continue;
        }
        ProductCode from = value(c.required("from"), ProductCode::new);
        ProductCode to = value(c.required("to"), ProductCode::new);
        Integer minutes = nonNegativeInt(c.required("minutes"));
        if (from != null && to != null && minutes != null) {
          if (changeovers.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(to, minutes)
              != null) {
            c.problem("duplicate changeover from '" + from + "' to '" + to + "'");
          }
        }
      }
      Line.Reliability reliability = reliability(n.required("reliability"));
      if (id == null
          || name == null
          || stage == null
          || state == null
          || calendar == null
          || reliability == null) {
        return null;
      }
      return build(
          n, () -> new Line(id, name, stage, state, calendar, caps, changeovers, reliability));
    }

    private Line.Capability capability(YamlNode n) {
      if (!n.checkMapping("product", "ratedPerHour")) {
        return null;
      }
      ProductCode product = value(n.required("product"), ProductCode::new);
      Double rate = positive(n.required("ratedPerHour"));
      return product == null || rate == null ? null : new Line.Capability(product, rate);
    }

    private Line.Reliability reliability(YamlNode n) {
      if (n.isMissing()
          || !n.checkMapping(
              "mtbfHours", "mttrHours", "failureDistribution", "shape", "scrapRate")) {
        return null;
      }
      Double mtbf = positive(n.required("mtbfHours"));
      Double mttr = positive(n.required("mttrHours"));
      Line.FailureDistribution dist =
          n.get("failureDistribution")
              .map(d -> value(d, Line.FailureDistribution::parse))
              .orElse(Line.FailureDistribution.EXPONENTIAL);
      Double shape = n.get("shape").map(this::positive).orElse(1.0);
      Double scrap =
          n.get("scrapRate")
              .map(
                  r ->
                      value(
                          r,
                          t -> {
                            double v = Double.parseDouble(t);
                            if (!(v >= 0 && v < 1)) {
                              throw new IllegalArgumentException(
                                  "must be at least 0 and below 1, got " + t);
                            }
                            return v;
                          }))
              .orElse(0.0);
      if (mtbf == null || mttr == null || dist == null || shape == null || scrap == null) {
        return null;
      }
      return new Line.Reliability(mtbf, mttr, dist, shape, scrap);
    }

    private AcceptanceAct act(YamlNode n) {
      if (!n.checkMapping(
          "id",
          "covers",
          "signedBy",
          "signedOn",
          "warrantyTerms",
          "warrantyMonths",
          "documentSha256")) {
        return null;
      }
      String id = value(n.required("id"), t -> Ids.require(t, "act id"));
      YamlNode covers = n.required("covers");
      StageId stage = null;
      LineId line = null;
      if (!covers.isMissing() && covers.checkMapping("stage", "line")) {
        stage = covers.get("stage").map(s -> value(s, StageId::new)).orElse(null);
        line = covers.get("line").map(l -> value(l, LineId::new)).orElse(null);
      }
      String signedBy = n.required("signedBy").text();
      LocalDate signedOn = value(n.required("signedOn"), LocalDate::parse);
      String terms = n.get("warrantyTerms").map(YamlNode::text).orElse("");
      Integer months = nonNegativeInt(n.required("warrantyMonths"));
      String sha = n.required("documentSha256").text();
      if (id == null || signedOn == null || months == null) {
        return null;
      }
      StageId s = stage;
      LineId l = line;
      return build(n, () -> new AcceptanceAct(id, s, l, signedBy, signedOn, terms, months, sha));
    }

    private StopReason stopReason(YamlNode n) {
      if (!n.checkMapping("code", "name", "category")) {
        return null;
      }
      String code = value(n.required("code"), t -> Ids.require(t, "stop reason code"));
      String name = n.required("name").text();
      StopReason.Category category =
          value(
              n.required("category"),
              t -> {
                try {
                  return StopReason.Category.valueOf(t.toUpperCase());
                } catch (IllegalArgumentException e) {
                  throw new IllegalArgumentException(
                      "unknown category '" + t + "', expected unplanned, setup or planned");
                }
              });
      return code == null || name == null || category == null
          ? null
          : new StopReason(code, name, category);
    }

    private Customer customer(YamlNode n) {
      if (!n.checkMapping("id", "name", "kind")) {
        return null;
      }
      CustomerId id = value(n.required("id"), CustomerId::new);
      String name = n.required("name").text();
      Customer.Kind kind = value(n.required("kind"), Customer.Kind::parse);
      return id == null || name == null || kind == null ? null : new Customer(id, name, kind);
    }
  }

  static DayOfWeek day(String text) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(text.toUpperCase()) && text.length() >= 3) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown week day '" + text + "', expected MON..SUN");
  }
}
