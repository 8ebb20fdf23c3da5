package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Enrols a user in TOTP (RFC 6238): a new random secret, sealed in the credential table beside the
 * password hash ({@link TotpSecrets}) and never in the ledger, shown once as an {@code otpauth://}
 * URI for an authenticator app. From then on the user signs in with a code as well (the login
 * form's code field, or the API's {@code X-Tally-OTP} header). Enrolling again replaces the secret.
 */
@Service
public class SecondFactor {
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final CommandExecutor commands;
  private final TotpSecrets secrets;

  SecondFactor(JdbcClient jdbc, CommandExecutor commands, TotpSecrets secrets) {
    this.jdbc = jdbc;
    this.commands = commands;
    this.secrets = secrets;
  }

  /** The secret as shown once: base 32 for typing, and the URI for a QR code or an app. */
  public record Enrolment(String name, String secret, String uri) {
    @Override
    public String toString() {
      return "Enrolment[name=" + name + "]";
    }
  }

  /** Enrols the user with a new secret ({@link EnrolTotp}); enrolling again replaces it. */
  public Enrolment enrol(Actor actor, String name) {
    return commands.execute(actor, new UserCommands.Enrol(name));
  }

  /** Seals and stores a new random secret for the user, answering it as shown once. */
  Enrolment newSecret(String name) {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    String secret = Base32.encode(key);
    jdbc.sql("UPDATE user_credential SET totp_secret = ? WHERE name = ?")
        .params(secrets.seal(name, key), name)
        .update();
    return new Enrolment(name, secret, uri(name, secret));
  }

  private static String uri(String name, String secret) {
    String label = URLEncoder.encode("Tally:" + name, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer=Tally&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP_SECONDS;
  }
}
