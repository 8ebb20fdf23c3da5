package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tally.input.Forms;
import io.tally.input.Ident;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The results of inspecting one or more classes of a lot. */
record InspectionRequest(@Size(max = 16) List<@Valid ClassResult> results) {

  /**
   * What was found for one class: the sample drawn ({@code n}, which must be the plan's), the
   * nonconforming units found ({@code d}), and how many sampled units the tests destroyed ({@code
   * destroyed}; when left out, n for a destructive class and 0 for any other).
   */
  record ClassResult(
      @JsonProperty("class") @Ident String nonconformityClass,
      Integer n,
      Integer d,
      @Max(Forms.QUANTITY_MAX) Long destroyed) {}
}
