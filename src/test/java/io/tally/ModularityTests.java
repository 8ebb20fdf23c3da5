package io.tally;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules talk only through their public types and named interfaces, with no cycles. */
class ModularityTests {
  static final ApplicationModules MODULES = ApplicationModules.of(TallyApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }
}
