package io.tally.plant;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/**
 * A proposed plant file.
 *
 * @param file the file's name, for the record
 * @param text the whole file (YAML)
 * @param resetStreams why inspection streams whose scheme the change alters should restart on
 *     normal inspection; absent: they keep their severity
 */
@CommandName("plant.change.propose")
public record PlantChangeRequest(String file, String text, String resetStreams)
    implements Command<PlantChangeView> {
  @Override
  public Class<PlantChangeView> answerType() {
    return PlantChangeView.class;
  }
}
