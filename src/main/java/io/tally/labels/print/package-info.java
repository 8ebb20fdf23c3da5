/**
 * The label layouts and their PDF: a pure core (no Spring) that draws GS1-128 barcodes (Okapi
 * Barcode) as vector bars into PDF pages (PDFBox) with their human-readable lines.
 */
@org.springframework.modulith.NamedInterface("print")
@NullMarked
package io.tally.labels.print;

import org.jspecify.annotations.NullMarked;
