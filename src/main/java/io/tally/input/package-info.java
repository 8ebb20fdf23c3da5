/**
 * What a person may type into a request: the forms of ids, free text and days, declared once and
 * applied to every request of the API (Bean Validation) and to the orders file.
 */
@NullMarked
package io.tally.input;

import org.jspecify.annotations.NullMarked;
