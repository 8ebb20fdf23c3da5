/**
 * The web layer: the dashboard pages, the sign-in page and the one place errors become problems.
 */
@NullMarked
package io.tally.web;

import org.jspecify.annotations.NullMarked;
