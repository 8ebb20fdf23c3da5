package io.tally.cli;

import io.tally.input.gs1.ElementString;
import io.tally.input.gs1.Gtin;
import io.tally.labels.print.Label;
import io.tally.labels.print.LabelPdf;
import io.tally.labels.print.Layouts;
import io.tally.labels.print.UnitFacts;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.traceability.sscc.CompanyPrefix;
import io.tally.traceability.sscc.Sscc;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How long Tally takes to make label PDFs and to read scans: one logistic label at a time, a
 * shipment's labels in one PDF, and the parse of each element string a label's barcodes carry.
 * Labels are for boxes of the plant's first product (with an example GTIN, so every AI is drawn).
 */
@Command(
    name = "labels",
    description =
        "Label PDF generation per label and per shipment, and GS1 scan parsing per element string.")
class BenchLabelsCommand implements Callable<Integer> {
  @Mixin PlantOption plant;

  @Option(names = "--labels", defaultValue = "300", description = "Single-label PDFs to time.")
  int labels;

  @Option(names = "--shipment", defaultValue = "1000", description = "Units in the shipment PDF.")
  int shipment;

  @Option(names = "--scans", defaultValue = "200000", description = "Element strings to parse.")
  int scans;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (labels <= 0 || shipment <= 0 || scans <= 0) {
      throw new UserInputException("--labels, --shipment and --scans must be positive");
    }
    Plant p = plant.load();
    Product product = p.products().get(0);
    String name = p.site().name();
    CompanyPrefix prefix = CompanyPrefix.fromSymbol(p.site().manufacturerSymbol());
    List<Label> boxes = new ArrayList<>();
    for (int i = 0; i < Math.max(labels, shipment); i++) {
      boxes.add(Layouts.logistic(name, box(product, Sscc.of(0, prefix, 1 + i).value())));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < Math.min(50, labels); i++) {
      LabelPdf.render(List.of(boxes.get(i)));
    }
    double[] single = new double[labels];
    for (int i = 0; i < labels; i++) {
      long t0 = System.nanoTime();
      LabelPdf.render(List.of(boxes.get(i)));
      single[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(single);
    out.printf(
        Locale.ROOT,
        "single label PDF: %d labels, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n",
        labels,
        Arrays.stream(single).average().orElse(0),
        single[labels / 2],
        single[Math.min(labels - 1, labels * 99 / 100)]);
    long t0 = System.nanoTime();
    byte[] pdf = LabelPdf.render(boxes.subList(0, shipment));
    double ms = (System.nanoTime() - t0) / 1e6;
    out.printf(
        Locale.ROOT,
        "shipment PDF: %d labels in one file, %.0f ms (%.2f ms per label), %,d bytes%n",
        shipment,
        ms,
        ms / shipment,
        pdf.length);
    List<String> strings = new ArrayList<>();
    for (ElementString es : boxes.get(0).barcodes()) {
      strings.add("]C1" + es.transmitted());
    }
    int sink = 0;
    for (int i = 0; i < Math.min(scans, 20_000); i++) {
      sink += ElementString.parse(strings.get(i % strings.size())).elements().size();
    }
    long s0 = System.nanoTime();
    for (int i = 0; i < scans; i++) {
      sink += ElementString.parse(strings.get(i % strings.size())).elements().size();
    }
    double ns = (System.nanoTime() - s0) / (double) scans;
    out.printf(
        Locale.ROOT,
        "scan parse: %d element strings (%s), %.2f us each (%d elements read)%n",
        scans,
        String.join(" | ", strings).replace('\u001d', '~'),
        ns / 1000,
        sink);
    out.flush();
    return 0;
  }

  private static UnitFacts box(Product product, String sscc) {
    return new UnitFacts(
        sscc,
        "box",
        product.code().value(),
        product.name(),
        new Gtin("09501101530003"),
        20,
        "RCP26K001-001",
        LocalDate.of(2026, 11, 27));
  }
}
