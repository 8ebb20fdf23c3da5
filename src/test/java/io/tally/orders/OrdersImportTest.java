package io.tally.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class OrdersImportTest {
  static final Actor PLANNER = new Actor("planner");
  static final String HEADER = "order,customer,product,quantity,due,priority\n";

  @Autowired Orders orders;

  @Autowired io.tally.kernel.CommandExecutor executor;
  @Autowired Authorisations authorisations;
  @Autowired JdbcClient jdbc;

  static int nextYear = 2040;
  int year;

  /** Each test works in a year of its own, so authorisations of other tests never cover it. */
  @BeforeEach
  void authorise() {
    year = nextYear++;
    executor.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-ARMY-" + year,
            "ARMY",
            "762x39-BALL-SC",
            1_000_000L,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            "K-1"));
    executor.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-POL-" + year,
            "POLICE",
            "762x39-BLANK",
            200_000L,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 6, 30),
            "K-2"));
  }

  String csv(String rows) {
    return HEADER + rows.replace("2027", String.valueOf(year)).replace("O-", "O" + year + "-");
  }

  long ledger() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  @Test
  void importsOrdersEachUnderAnAuthorisationThatCoversIt() {
    var result =
        executor.execute(
            PLANNER,
            orders.read(
                "o.csv",
                csv(
                    "O-1,ARMY,762x39-BALL-SC,600000,2027-03-31,1\n"
                        + "O-2,POLICE,762x39-BLANK,150000,2027-05-15,3\n")));
    assertThat(result.imported()).isEqualTo(2);
    assertThat(orders.find("O" + year + "-1").orElseThrow().authorisation())
        .isEqualTo("A-ARMY-" + year);
    assertThat(authorisations.find("A-ARMY-" + year).orElseThrow().remainingToOrder())
        .isEqualTo(400_000);
  }

  void refused(String rows, String field, String reason) {
    long before = ledger();
    int ordersBefore = orders.all().size();
    assertThatThrownBy(() -> executor.execute(PLANNER, orders.read("o.csv", csv(rows))))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((CommandRejected) e).field()).isEqualTo(field));
    assertThat(ledger()).isEqualTo(before);
    assertThat(orders.all()).hasSize(ordersBefore);
  }

  @Test
  void refusesAnUnknownCustomerNamingRowAndColumn() {
    refused(
        "O-1,ARMY,762x39-BALL-SC,10,2027-03-31,1\nO-2,NAVY,762x39-BALL-SC,10,2027-03-31,1\n",
        "row 3, column customer",
        "unknown customer 'NAVY'");
  }

  @Test
  void refusesAnUnknownProduct() {
    refused("O-1,ARMY,TRC-9,10,2027-03-31,1\n", "row 2, column product", "unknown product 'TRC-9'");
  }

  @Test
  void refusesAQuantityThatIsNotPositive() {
    refused(
        "O-1,ARMY,762x39-BALL-SC,0,2027-03-31,1\n",
        "row 2, column quantity",
        "quantity must be positive");
  }

  @Test
  void refusesAProductTheCustomersAuthorisationsDoNotCover() {
    refused(
        "O-1,ARMY,762x39-TRACER,10,2027-03-31,1\n",
        "row 2, column product",
        "no authorisation of ARMY covers 762x39-TRACER");
    refused(
        "O-1,POLICE,762x39-BLANK,10,2027-08-01,1\n",
        "row 2, column product",
        "no authorisation of POLICE covers 762x39-BLANK on " + year + "-08-01");
  }

  @Test
  void countsEachEarlierRowOfTheFileOnceAgainstTheAuthorisation() {
    var result =
        executor.execute(
            PLANNER,
            orders.read(
                "o.csv",
                csv(
                    "O-1,ARMY,762x39-BALL-SC,600000,2027-03-31,1\n"
                        + "O-2,ARMY,762x39-BALL-SC,400000,2027-04-30,2\n")));
    assertThat(result.imported()).isEqualTo(2);
    assertThat(authorisations.find("A-ARMY-" + year).orElseThrow().remainingToOrder()).isZero();
  }

  @Test
  void refusesMoreThanTheRemainingQuantityCountingEarlierRowsOfTheFile() {
    refused(
        "O-1,ARMY,762x39-BALL-SC,700000,2027-03-31,1\nO-2,ARMY,762x39-BALL-SC,300001,2027-04-30,2\n",
        "row 3, column quantity",
        "more than the remaining quantity");
  }

  @Test
  void refusesAnOrderIdTwice() {
    executor.execute(
        PLANNER, orders.read("a.csv", csv("O-1,ARMY,762x39-BALL-SC,10,2027-03-31,1\n")));
    long before = ledger();
    assertThatThrownBy(
            () ->
                executor.execute(
                    PLANNER,
                    orders.read(
                        "b.csv",
                        csv(
                            "O-2,ARMY,762x39-BALL-SC,10,2027-03-31,1\nO-1,ARMY,762x39-BALL-SC,10,2027-03-31,1\n"))))
        .hasMessageContaining("order 'O" + year + "-1' exists already");
    assertThat(ledger()).isEqualTo(before);
  }
}
