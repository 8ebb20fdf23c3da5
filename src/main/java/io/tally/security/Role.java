package io.tally.security;

import java.util.Arrays;

/**
 * The roles of Tally's users. Each endpoint names the roles it admits; the constants are the Spring
 * Security expressions the controllers use, so the rules read alike everywhere.
 */
public enum Role {
  ADMIN,
  PLANNER,
  OPERATOR,
  QUALITY,
  WAREHOUSE,
  AUDITOR;

  /** Every role: reads that any signed-in user may make. */
  public static final String ANY =
      "hasAnyRole('ADMIN','PLANNER','OPERATOR','QUALITY','WAREHOUSE','AUDITOR')";

  public static final String ADMIN_ONLY = "hasRole('ADMIN')";
  public static final String ADMIN_OR_PLANNER = "hasAnyRole('ADMIN','PLANNER')";
  public static final String ADMIN_OR_AUDITOR = "hasAnyRole('ADMIN','AUDITOR')";

  public static Role parse(String text) {
    return Arrays.stream(values())
        .filter(r -> r.name().equalsIgnoreCase(text == null ? "" : text.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown role '"
                        + text
                        + "', expected one of ADMIN, PLANNER, OPERATOR, QUALITY, WAREHOUSE,"
                        + " AUDITOR"));
  }
}
