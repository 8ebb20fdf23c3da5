/**
 * The shared kernel: who acts ({@link io.tally.kernel.Actor}), how a command names itself and is
 * run ({@link io.tally.kernel.Command}, {@link io.tally.kernel.CommandHandler}, {@link
 * io.tally.kernel.CommandExecutor}), how it is refused ({@link io.tally.kernel.CommandRejected})
 * and the key that makes it idempotent. Every module may use it; it uses none of them.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.tally.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
