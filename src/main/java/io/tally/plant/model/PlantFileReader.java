package io.tally.plant.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
    private final FieldValues v;
    private final CalendarSection calendarSection;
    private final ProductSection productSection;
    private final LineSection lineSection;
    private final RegisterSection registers;

    Reader(YamlNode.Problems problems) {
      this.problems = problems;
      this.v = new FieldValues(problems);
      this.calendarSection = new CalendarSection(v);
      this.productSection = new ProductSection(v);
      this.lineSection = new LineSection(v);
      this.registers = new RegisterSection(v);
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
          "customers",
          "locations",
          "components")) {
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
      List<WorkCalendar> calendars = v.list(root.required("calendars"), calendarSection::calendar);
      List<Stage> stages = v.list(root.required("stages"), this::stage);
      List<Product> products = v.list(root.required("products"), productSection::product);
      List<Line> lines = v.list(root.required("lines"), lineSection::line);
      List<AcceptanceAct> acts = v.list(root.get("acceptanceActs"), registers::act);
      List<StopReason> reasons = v.list(root.get("stopReasons"), registers::stopReason);
      List<Customer> customers = v.list(root.get("customers"), registers::customer);
      List<Location> locations = v.list(root.get("locations"), registers::location);
      List<PurchasedComponent> components =
          v.list(root.get("components"), new ComponentSection(v, products)::component);
      if (!problems.isEmpty() || site == null) {
        return null;
      }
      Plant plant =
          new Plant(
              site,
              calendars,
              stages,
              products,
              lines,
              acts,
              reasons,
              customers,
              locations,
              components);
      new CrossReferences(problems, root).check(plant);
      return plant;
    }

    private Site site(YamlNode n) {
      if (n.isMissing()
          || !n.checkMapping(
              "id", "name", "manufacturerSymbol", "timeZone", "timezone", "locale", "repairCrew")) {
        return null;
      }
      if (n.get("timeZone").isPresent() && n.get("timezone").isPresent()) {
        n.get("timezone").orElseThrow().problem("give timeZone only (timezone is its older name)");
        return null;
      }
      String id = v.value(n.required("id"), t -> Ids.require(t, "site id"));
      String name = n.required("name").text();
      String symbol = n.required("manufacturerSymbol").text();
      ZoneId zone =
          n.get("timeZone")
              .or(() -> n.get("timezone"))
              .map(z -> v.value(z, ZoneId::of))
              .orElse(ZoneId.of("UTC"));
      Locale locale = n.get("locale").map(l -> v.value(l, Site::locale)).orElse(Locale.ENGLISH);
      Integer crew = n.get("repairCrew").map(v::nonNegativeInt).orElse(0);
      if (crew == null || zone == null || locale == null) {
        return null;
      }
      return v.build(n, () -> new Site(id, name, symbol, zone, crew, locale));
    }

    private Stage stage(YamlNode n) {
      if (!n.checkMapping("id", "name")) {
        return null;
      }
      StageId id = v.value(n.required("id"), StageId::new);
      String name = n.required("name").text();
      return id == null || name == null ? null : new Stage(id, name);
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
