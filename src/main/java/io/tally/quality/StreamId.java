package io.tally.quality;

import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.Aql;
import io.tally.quality.sampling.InspectionLevel;
import io.tally.quality.sampling.NonconformityClass;
import io.tally.quality.sampling.SamplingScheme;
import io.tally.quality.sampling.StreamKey;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One inspection stream as stored: product, line, class of nonconformity, and the inspection level
 * and AQL it samples by. A change of level or AQL in the plant file starts a new stream, on normal
 * inspection, so old decisions keep the scheme they were made under.
 */
record StreamId(String product, String line, String nonconformityClass, String level, String aql) {
  StreamId {
    nonconformityClass = nonconformityClass.toLowerCase(Locale.ROOT);
    level = InspectionLevel.parse(level).label();
    aql = Aql.parse(aql).toString();
  }

  /** The stream of one class of a product's quality plan, made on a line. */
  static StreamId of(Product product, String line, Product.NonconformityClass c) {
    return new StreamId(
        product.code().value(),
        line,
        c.name(),
        product.quality().inspectionLevel(),
        new Aql(BigDecimal.valueOf(c.aql())).toString());
  }

  StreamKey key() {
    return new StreamKey(
        productCode(),
        lineId(),
        NonconformityClass.valueOf(nonconformityClass.toUpperCase(Locale.ROOT)));
  }

  ProductCode productCode() {
    return new ProductCode(product);
  }

  LineId lineId() {
    return new LineId(line);
  }

  SamplingScheme scheme() {
    return new SamplingScheme(InspectionLevel.parse(level), Aql.parse(aql));
  }
}
