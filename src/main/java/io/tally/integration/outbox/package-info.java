/** The event outbox: destinations, their cursors, the relay and the CloudEvents it sends. */
@NullMarked
package io.tally.integration.outbox;

import org.jspecify.annotations.NullMarked;
