package io.tally.labels.print;

import io.tally.input.gs1.Element;
import io.tally.input.gs1.ElementString;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Which element strings and text a label carries. The logistic label follows the GS1 Logistic Label
 * Guideline: (02) GTIN of the contents, (11) production date and (37) count in the first barcode
 * (fixed lengths first, so only the count ends it), (10) batch/lot alone in the second, the (00)
 * SSCC last and lowest. The lot label carries (10) lot and (11) production date.
 */
public final class Layouts {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final long COUNT_MAX = 99_999_999L;

  private Layouts() {}

  public static Label logistic(String plant, UnitFacts unit) {
    List<ElementString> codes = new ArrayList<>();
    List<Element> content = new ArrayList<>();
    if (unit.gtin() != null) {
      content.add(Element.of("02", unit.gtin().gtin14()));
    }
    if (unit.produced() != null) {
      content.add(date(unit.produced()));
    }
    if (unit.count() > 0 && unit.count() <= COUNT_MAX) {
      content.add(Element.of("37", Long.toString(unit.count())));
    }
    if (!content.isEmpty()) {
      codes.add(new ElementString(content));
    }
    if (unit.lot() != null) {
      codes.add(ElementString.of(Element.of("10", unit.lot())));
    }
    codes.add(ElementString.of(Element.of("00", unit.sscc())));
    List<Label.Field> fields = new ArrayList<>();
    fields.add(new Label.Field("SSCC", unit.sscc()));
    fields.add(
        new Label.Field("CONTENT", unit.gtin() != null ? unit.gtin().gtin14() : unit.product()));
    fields.add(new Label.Field("COUNT", Long.toString(unit.count())));
    fields.add(new Label.Field("BATCH/LOT", unit.lot() != null ? unit.lot() : "mixed"));
    if (unit.produced() != null) {
      fields.add(new Label.Field("PROD. DATE", SHOWN.format(unit.produced())));
    }
    fields.add(new Label.Field("LEVEL", unit.level()));
    return new Label(
        LabelSize.LOGISTIC,
        List.of(plant, unit.product() + "  " + unit.productName()),
        fields,
        codes);
  }

  public static Label lot(String plant, LotFacts lot) {
    return new Label(
        LabelSize.LOT,
        List.of(
            "LOT " + lot.lot(),
            lot.product() + "  " + lot.productName(),
            plant
                + ", line "
                + lot.line()
                + ", made "
                + SHOWN.format(lot.produced())
                + ", good "
                + lot.good()),
        List.of(),
        List.of(ElementString.of(Element.of("10", lot.lot()), date(lot.produced()))));
  }

  private static Element date(LocalDate day) {
    return Element.of("11", YYMMDD.format(day));
  }
}
