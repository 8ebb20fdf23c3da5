package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The results of inspecting one or more classes of a lot. */
record InspectionRequest(List<ClassResult> results) {

  /**
   * What was found for one class: the sample drawn ({@code n}, which must be the plan's), the
   * nonconforming units found ({@code d}), and how many sampled units the tests destroyed ({@code
   * destroyed}; when left out, n for a destructive class and 0 for any other).
   */
  record ClassResult(
      @JsonProperty("class") String nonconformityClass, Integer n, Integer d, Long destroyed) {}
}
