package io.tally.plant;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import org.jspecify.annotations.Nullable;

/**
 * The plant module's commands besides recording an act ({@link AcceptanceActRequest}) and proposing
 * a plant file ({@link PlantChangeRequest}); each command's handler is named after it.
 */
public final class PlantCommands {
  private PlantCommands() {}

  /** Move line {@code line} to another lifecycle state ({@link TransitionLine}). */
  @CommandName("line.transition")
  public record Transition(String line, LineTransitionRequest request)
      implements Command<LineView> {
    @Override
    public Class<LineView> answerType() {
      return LineView.class;
    }
  }

  /** Approve proposed plant change {@code id} ({@link ApprovePlantChange}). */
  @CommandName("plant.change.approve")
  public record Approve(long id, @Nullable PlantApprovalRequest request)
      implements Command<PlantChangeView> {
    @Override
    public Class<PlantChangeView> answerType() {
      return PlantChangeView.class;
    }
  }
}
