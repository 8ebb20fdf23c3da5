package io.tally.twin;

/** Who may use the twin, as Spring Security expressions: planners run it, auditors read it. */
final class TwinRoles {
  static final String RUN = "hasAnyRole('PLANNER','ADMIN')";
  static final String READ = "hasAnyRole('PLANNER','ADMIN','AUDITOR')";

  private TwinRoles() {}
}
