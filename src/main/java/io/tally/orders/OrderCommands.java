package io.tally.orders;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.orders.model.Order;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands on orders; each command's handler is named after it ({@link ImportOrders}, {@link
 * AmendOrder}, {@link CloseOrder}). Recording an authorisation is {@link AuthorisationRequest}.
 */
public final class OrderCommands {
  private OrderCommands() {}

  /** A command whose answer is the order as it now stands. */
  public interface ChangesOrder extends Command<CustomerOrder> {
    @Override
    default Class<CustomerOrder> answerType() {
      return CustomerOrder.class;
    }
  }

  /**
   * Record the orders read from {@code source} (see {@link Orders#read}): all of them or, if any
   * row breaks a rule, none. The idempotency key is bound to the orders read, not to the bytes
   * sent.
   */
  @CommandName("orders.import")
  public record Import(
      String source,
      List<Order> orders,
      @com.fasterxml.jackson.annotation.JsonIgnore List<java.util.Map<String, String>> places)
      implements Command<Orders.ImportResult> {
    /** Orders read from CSV: a refusal names the row and column. */
    public Import(String source, List<Order> orders) {
      this(source, orders, List.of());
    }

    /**
     * Where order {@code index}'s {@code field} was read: the CSV row and column, or the element
     * path the reader recorded (B2MML). Not part of the request the idempotency key binds.
     */
    public String where(int index, String field) {
      if (index < places.size() && places.get(index).containsKey(field)) {
        return places.get(index).get(field);
      }
      return "row " + (index + 2) + ", column " + field;
    }

    @Override
    public Class<Orders.ImportResult> answerType() {
      return Orders.ImportResult.class;
    }
  }

  /** Amend open order {@code id}. */
  @CommandName("order.amend")
  public record Amend(String id, @Nullable OrderAmendment request) implements ChangesOrder {}

  /** Close open order {@code id} before it is fulfilled. */
  @CommandName("order.close")
  public record Close(String id, @Nullable OrderClosure request) implements ChangesOrder {}
}
