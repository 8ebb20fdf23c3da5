package io.tally.orders;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import org.jspecify.annotations.Nullable;

/**
 * The changes to an authorisation after it is recorded, each under its document; each command's
 * handler is named after it ({@link AmendAuthorisation}, {@link SuspendAuthorisation}, {@link
 * ReinstateAuthorisation}, {@link RevokeAuthorisation}).
 */
public final class AuthorisationCommands {
  private AuthorisationCommands() {}

  /** A command whose answer is the authorisation as it now stands. */
  public interface ChangesAuthorisation extends Command<Authorisation> {
    @Override
    default Class<Authorisation> answerType() {
      return Authorisation.class;
    }
  }

  /** Amend authorisation {@code id}: its quantity or last valid day. */
  @CommandName("authorisation.amend")
  public record Amend(String id, @Nullable AuthorisationAmendment request)
      implements ChangesAuthorisation {}

  /** Suspend authorisation {@code id}: no new orders or shipments until reinstated. */
  @CommandName("authorisation.suspended")
  public record Suspend(String id, @Nullable AuthorisationStatusChange request)
      implements ChangesAuthorisation {}

  /** Reinstate suspended authorisation {@code id}. */
  @CommandName("authorisation.reinstated")
  public record Reinstate(String id, @Nullable AuthorisationStatusChange request)
      implements ChangesAuthorisation {}

  /** Revoke authorisation {@code id} for good. */
  @CommandName("authorisation.revoked")
  public record Revoke(String id, @Nullable AuthorisationStatusChange request)
      implements ChangesAuthorisation {}
}
