/**
 * Documents: release certificates, dispatch notes and monthly production and accountability reports
 * as archival PDF, each naming the ledger entry and signed checkpoint it rests on, and each issue
 * recorded by its SHA-256 in the ledger so a copy can be checked later.
 */
@NullMarked
package io.tally.documents;

import org.jspecify.annotations.NullMarked;
