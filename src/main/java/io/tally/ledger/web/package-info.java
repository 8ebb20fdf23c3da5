/**
 * How a request becomes a command's arguments: who sent it ({@link io.tally.kernel.Actor}) and its
 * {@link io.tally.kernel.IdempotencyKey}, resolved once for every controller.
 */
@NullMarked
package io.tally.ledger.web;

import org.jspecify.annotations.NullMarked;
