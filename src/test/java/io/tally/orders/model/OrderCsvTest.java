package io.tally.orders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.scheduling.solver.OrderGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCsvTest {
  private static final Plant PLANT = PlantFileReader.readDefault();
  private static final String GOOD = "O-1,ARMY,762x39-BALL-SC,250000,2027-03-31,1";

  private static List<Order> read(String... rows) {
    return OrderCsv.read(
        "orders.csv",
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(OrderCsv.HEADER), java.util.stream.Stream.of(rows))
            .toList(),
        PLANT);
  }

  @Test
  void readsAValidRowIntoAnOrder() {
    Order o = read(GOOD).get(0);
    assertThat(o.quantity()).isEqualTo(250_000);
    assertThat(o.due()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
    assertThat(o.weight()).isEqualTo(16);
  }

  @Test
  void refusesTheWholeFileNamingRowAndColumn() {
    assertThatThrownBy(() -> read(GOOD, "O-2,ARMY,762x39-SLUG,1000,2027-03-31,3"))
        .isInstanceOf(OrderFileException.class)
        .hasMessage("orders.csv: row 3, column product: unknown product '762x39-SLUG'");
    assertThatThrownBy(() -> read("O-2,NAVY,762x39-BALL-SC,1000,2027-03-31,3"))
        .hasMessage("orders.csv: row 2, column customer: unknown customer 'NAVY'");
    assertThatThrownBy(() -> read("O-2,ARMY,762x39-BALL-SC,0,2027-03-31,3"))
        .hasMessage("orders.csv: row 2, column quantity: quantity must be positive, was 0");
    assertThatThrownBy(() -> read("O-2,ARMY,762x39-BALL-SC,10,2027-02-30,3"))
        .hasMessageContaining("row 2, column due: '2027-02-30' is not an ISO date");
    assertThatThrownBy(() -> read("O-2,ARMY,762x39-BALL-SC,10,2027-02-03,6"))
        .hasMessage("orders.csv: row 2, column priority: priority must be 1 to 5, was '6'");
  }

  @Test
  void generatedOrdersRoundTripThroughTheCsv() {
    List<Order> orders = OrderGenerator.year(PLANT, 50, 2027, 5);
    String csv = OrderCsv.write(orders);
    assertThat(OrderCsv.read("gen", csv.lines().toList(), PLANT)).isEqualTo(orders);
    assertThat(orders).allMatch(o -> o.due().getYear() == 2027);
  }
}
