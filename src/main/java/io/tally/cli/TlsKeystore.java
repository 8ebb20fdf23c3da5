package io.tally.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Map;

/**
 * The PKCS#12 keystore {@code serve --tls-keystore} serves HTTPS with. Its password comes from a
 * file or an environment variable, never from the command line, where any user could read it in the
 * process list. The keystore is opened here first so that a wrong file or password is a named
 * refusal, not a failed start.
 */
record TlsKeystore(Path file, String password) {
  static TlsKeystore open(Path file, Path passwordFile, String passwordVariable) {
    String password = password(passwordFile, passwordVariable);
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      if (Collections.list(store.aliases()).stream().noneMatch(a -> isKey(store, a))) {
        throw new UserInputException("--tls-keystore: " + file + " holds no private key");
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new UserInputException(
          "--tls-keystore: cannot open "
              + file
              + " as PKCS#12 with the given password ("
              + e.getMessage()
              + ")");
    }
    return new TlsKeystore(file.toAbsolutePath().normalize(), password);
  }

  /**
   * HTTPS only, and the session cookie marked Secure so a browser never sends it in clear. HSTS
   * needs nothing here: Spring Security writes it on every secure request, which is every request.
   */
  Map<String, Object> serverProperties() {
    return Map.of(
        "server.ssl.enabled",
        true,
        "server.ssl.key-store",
        "file:" + file,
        "server.ssl.key-store-type",
        "PKCS12",
        "server.ssl.key-store-password",
        password,
        "server.servlet.session.cookie.secure",
        true);
  }

  @Override
  public String toString() {
    return "TlsKeystore[" + file + "]";
  }

  private static String password(Path passwordFile, String passwordVariable) {
    if (passwordFile != null) {
      try {
        return Files.readString(passwordFile).strip();
      } catch (IOException e) {
        throw new UserInputException("--tls-password-file: cannot read " + passwordFile);
      }
    }
    if (passwordVariable != null) {
      return passwordVariable;
    }
    throw new UserInputException(
        "--tls-keystore needs the keystore password in --tls-password-file FILE or TALLY_TLS_PASSWORD");
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
