package io.tally.labels;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.ProductionLotView;
import io.tally.input.Forms;
import io.tally.input.gs1.Gs1Refusal;
import io.tally.input.gs1.Gtin;
import io.tally.input.gs1.Scans;
import io.tally.kernel.CommandRejected;
import io.tally.labels.print.LabelPdf;
import io.tally.labels.print.Layouts;
import io.tally.labels.print.LotFacts;
import io.tally.labels.print.UnitFacts;
import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.Packaging;
import io.tally.traceability.UnitView;
import io.tally.traceability.sscc.Sscc;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Prints the label of a packaging unit or a lot from what the ledger's read models hold. The SSCC
 * or lot may be typed or scanned; a malformed one is refused naming the field, an unknown one is
 * not found.
 */
@Service
public class Labels {
  private final Packaging packaging;
  private final ExecutionQueries execution;
  private final PlantService plant;

  Labels(Packaging packaging, ExecutionQueries execution, PlantService plant) {
    this.packaging = packaging;
    this.execution = execution;
    this.plant = plant;
  }

  /** The 100 x 150 mm logistic label of the unit. */
  public byte[] unit(String typed) {
    String sscc = read("sscc", typed, Scans::sscc);
    try {
      new Sscc(sscc);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("sscc", e.getMessage());
    }
    UnitView unit =
        packaging
            .find(sscc)
            .orElseThrow(() -> CommandRejected.notFound("sscc", "no packaging unit " + sscc));
    Plant p = plant.plant();
    Optional<Product> product = p.findProduct(new ProductCode(unit.product()));
    String lot = unit.contents().size() == 1 ? unit.contents().get(0).lot() : null;
    LocalDate produced = lot == null ? null : execution.lot(lot).map(l -> day(l, p)).orElse(null);
    Gtin gtin = product.map(Product::gtin).orElse(null);
    UnitFacts facts =
        new UnitFacts(
            sscc,
            unit.level(),
            unit.product(),
            product.map(Product::name).orElse(""),
            gtin,
            unit.quantity(),
            lot,
            produced);
    return LabelPdf.render(List.of(Layouts.logistic(p.site().name(), facts)));
  }

  /** The 100 x 50 mm label of the production lot. */
  public byte[] lot(String typed) {
    String number = read("lot", typed, Scans::lot);
    if (!Forms.isId(number)) {
      throw CommandRejected.invalid("lot", Forms.idRule("lot"));
    }
    ProductionLotView lot =
        execution
            .lot(number)
            .orElseThrow(() -> CommandRejected.notFound("lot", "no production lot " + number));
    Plant p = plant.plant();
    String name =
        p.findProduct(new ProductCode(lot.product())).map(Product::name).orElse(lot.product());
    LotFacts facts =
        new LotFacts(lot.lot(), lot.product(), name, lot.line(), lot.good(), day(lot, p));
    return LabelPdf.render(List.of(Layouts.lot(p.site().name(), facts)));
  }

  private static String read(
      String field, String typed, java.util.function.UnaryOperator<String> f) {
    try {
      return f.apply(typed);
    } catch (Gs1Refusal e) {
      throw CommandRejected.invalid(field, e.getMessage());
    }
  }

  private static LocalDate day(ProductionLotView lot, Plant p) {
    ZoneId zone = p.site().zone();
    return lot.openedAt().atZone(zone).toLocalDate();
  }
}
