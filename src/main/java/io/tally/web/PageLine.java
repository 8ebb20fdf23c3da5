package io.tally.web;

import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The line a page's address names, which must be a line of the plant. */
final class PageLine {
  private final PlantService plant;

  PageLine(PlantService plant) {
    this.plant = plant;
  }

  /** The line a page names; a page that names no line of the plant is not found (404). */
  LineId of(String id) {
    try {
      LineId line = new LineId(id);
      if (plant.plant().findLine(line).isPresent()) {
        return line;
      }
    } catch (IllegalArgumentException e) {
      // not a line id at all: not found either
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no line '" + id + "'");
  }
}
