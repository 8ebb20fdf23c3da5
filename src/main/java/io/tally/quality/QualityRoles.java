package io.tally.quality;

/** Who may do what in quality, as Spring Security expressions. */
final class QualityRoles {
  static final String QUALITY = "hasRole('QUALITY')";
  static final String QUALITY_OR_ADMIN = "hasAnyRole('QUALITY','ADMIN')";
  static final String READ = "hasAnyRole('QUALITY','ADMIN','AUDITOR')";
  static final String CERTIFICATE = "hasAnyRole('QUALITY','AUDITOR','ADMIN','WAREHOUSE')";

  private QualityRoles() {}
}
