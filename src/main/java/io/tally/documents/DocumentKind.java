package io.tally.documents;

/** The documents Tally issues. */
public enum DocumentKind {
  RELEASE_CERTIFICATE,
  DISPATCH_NOTE,
  MONTHLY_REPORT
}
