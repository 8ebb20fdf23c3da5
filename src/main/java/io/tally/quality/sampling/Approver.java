package io.tally.quality.sampling;

import java.util.Set;

/**
 * The user who approves a switch the standard leaves to the responsible authority, with the roles
 * the security module granted. Only a holder of {@link #QUALITY} may approve.
 */
public record Approver(String userId, Set<String> roles) {
  public static final String QUALITY = "QUALITY";

  public Approver {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("an approver needs a user id");
    }
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public boolean isQuality() {
    return roles.contains(QUALITY);
  }
}
