package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 8: {@code tally serve --tls-keystore} serves HTTPS with a PKCS#12 keystore whose
 * password never appears on the command line; over HTTPS both security chains send HSTS and the
 * session cookie is Secure; plain HTTP carries no HSTS; {@code --behind-proxy} listens on loopback
 * and honours the proxy's X-Forwarded-Proto.
 */
class TlsTest {
  private static final String HSTS = "Strict-Transport-Security";
  private static final String PASSWORD = "keystore-test-password";

  @TempDir static Path tmp;
  static Path keystore;
  static Path passwordFile;
  static ServeProcess tls;
  static ServeProcess proxied;
  static HttpClient https;

  @BeforeAll
  static void serveOverTls() throws Exception {
    keystore = tmp.resolve("tally.p12");
    passwordFile = tmp.resolve("tls-password.txt");
    Files.writeString(passwordFile, PASSWORD + "\n");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "tally",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass:file",
                passwordFile.toString())
            .redirectErrorStream(true)
            .start();
    String keytoolOutput = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(keytoolOutput).isZero();
    https = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
    tls =
        ServeProcess.serve(
            tmp.resolve("data"),
            Map.of(),
            "--tls-keystore",
            keystore.toString(),
            "--tls-password-file",
            passwordFile.toString());
    proxied = ServeProcess.serve(tmp.resolve("proxied-data"), Map.of(), "--behind-proxy");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (tls != null) {
      tls.close();
    }
    if (proxied != null) {
      proxied.close();
    }
  }

  @Test
  void healthAnswersOverHttpsWithHsts() throws Exception {
    HttpResponse<String> r = get(https, "https://localhost:" + tls.port() + "/actuator/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue(HSTS))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
  }

  @Test
  void pagesOverHttpsSendHstsAndOnlyASecureSessionCookie() throws Exception {
    HttpResponse<String> r = get(https, "https://localhost:" + tls.port() + "/");
    assertThat(r.statusCode()).as("a page asks to sign in").isEqualTo(302);
    assertThat(r.headers().firstValue(HSTS)).isPresent();
    assertThat(r.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(c -> assertThat(c).containsIgnoringCase("; Secure"));
  }

  @Test
  void theStartLineNamesHttps() throws Exception {
    assertThat(tls.output()).contains("Tally is serving on https://localhost:" + tls.port() + "/");
  }

  @Test
  void plainHttpCarriesNoHsts() throws Exception {
    HttpResponse<String> health = get(proxied, "/actuator/health", Map.of());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue(HSTS)).isEmpty();
    assertThat(get(proxied, "/", Map.of()).headers().firstValue(HSTS)).isEmpty();
  }

  @Test
  void behindAProxyHttpsForwardedByItGetsHstsAndASecureCookie() throws Exception {
    HttpResponse<String> page = get(proxied, "/", Map.of("X-Forwarded-Proto", "https"));
    assertThat(page.headers().firstValue(HSTS)).isPresent();
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    assertThat(page.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(c -> assertThat(c).containsIgnoringCase("; Secure"));
    assertThat(ListeningSockets.of(proxied.pid()))
        .as("only the proxy on this host reaches it")
        .filteredOn(s -> s.port() == proxied.port())
        .isNotEmpty()
        .allMatch(ListeningSockets.Listening::loopback);
  }

  @Test
  void aWrongKeystorePasswordIsRefusedNamingTheOption() throws Exception {
    Path wrong = tmp.resolve("wrong-password.txt");
    Files.writeString(wrong, "not-the-password");
    CliTest.Run r =
        CliTest.tally(
            "serve",
            "--port",
            "0",
            "--tls-keystore",
            keystore.toString(),
            "--tls-password-file",
            wrong.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--tls-keystore: cannot open " + keystore);
  }

  @Test
  void aKeystoreWithoutAPasswordSourceIsRefused() {
    CliTest.Run r = CliTest.tally("serve", "--port", "0", "--tls-keystore", keystore.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--tls-password-file FILE or TALLY_TLS_PASSWORD");
  }

  /** A client that trusts exactly the certificate in the test's keystore. */
  private static SSLContext trusting(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("tally", store.getCertificate("tally"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A plain HTTP request as a reverse proxy on this host would send it, with its headers. */
  private static HttpResponse<String> get(
      ServeProcess server, String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    headers.forEach(b::header);
    return HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
