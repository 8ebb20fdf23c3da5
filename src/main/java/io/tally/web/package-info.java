/**
 * The web layer: the dashboard pages, the sign-in page and the one place errors become problems.
 */
package io.tally.web;
