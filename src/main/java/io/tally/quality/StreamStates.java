package io.tally.quality;

import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every inspection stream quality knows of: one per product made on a line and class of the
 * product's quality plan, from the first lot on. A stream with no decision yet is on normal
 * inspection with a score of 0, as the standard starts it.
 */
@Service
class StreamStates {
  private final JdbcClient jdbc;
  private final QualityLots lots;
  private final PlantService plant;

  StreamStates(JdbcClient jdbc, QualityLots lots, PlantService plant) {
    this.jdbc = jdbc;
    this.lots = lots;
    this.plant = plant;
  }

  List<StreamView> all() {
    Map<StreamId, StreamView> out = new LinkedHashMap<>();
    for (StreamView s : lots.streams()) {
      out.put(new StreamId(s.product(), s.line(), s.nonconformityClass(), s.level(), s.aql()), s);
    }
    List<String[]> made =
        jdbc.sql("SELECT DISTINCT product, line FROM quality_lot")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    for (String[] pl : made) {
      Optional<Product> product = product(pl[0]);
      for (Product.NonconformityClass c :
          product.map(p -> p.quality().classes()).orElse(List.of())) {
        StreamId id = StreamId.of(product.get(), pl[1], c);
        out.putIfAbsent(
            id,
            new StreamView(
                id.product(),
                id.line(),
                id.nonconformityClass(),
                id.level(),
                id.aql(),
                "NORMAL",
                false,
                0,
                0));
      }
    }
    List<StreamView> all = new ArrayList<>(out.values());
    all.sort(
        Comparator.comparing(StreamView::product)
            .thenComparing(StreamView::line)
            .thenComparing(StreamView::nonconformityClass)
            .thenComparing(StreamView::level)
            .thenComparing(StreamView::aql));
    return all;
  }

  private Optional<Product> product(String code) {
    try {
      return plant.plant().findProduct(new ProductCode(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
