package io.tally.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server: REST API, pages, health, on the embedded default unless configured. */
@Command(name = "serve", description = "Start the Tally server (API, pages, health).")
class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port (default ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--plant",
      paramLabel = "FILE",
      description = "Plant file; the built-in reference plant when absent.")
  Path plant;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "Serve HTTPS only, with the key and certificate in this PKCS#12 file; its password from"
              + " --tls-password-file or TALLY_TLS_PASSWORD.")
  Path tlsKeystore;

  @Option(
      names = "--tls-password-file",
      paramLabel = "FILE",
      description = "File holding the keystore's password (kept off the command line).")
  Path tlsPasswordFile;

  @Option(
      names = "--behind-proxy",
      description =
          "Listen on 127.0.0.1 only and take X-Forwarded-* from a reverse proxy on this host"
              + " (docs/reverse-proxy.md).")
  boolean behindProxy;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserInputException("--port must be 0 to 65535, got " + port);
    }
    Map<String, Object> props = new HashMap<>(Map.of("server.port", port));
    if (plant != null) {
      props.put("tally.plant.file", plant.toString());
    }
    if (tlsKeystore != null) {
      props.putAll(
          TlsKeystore.open(tlsKeystore, tlsPasswordFile, System.getenv("TALLY_TLS_PASSWORD"))
              .serverProperties());
    } else if (tlsPasswordFile != null) {
      throw new UserInputException("--tls-password-file needs --tls-keystore");
    }
    if (behindProxy) {
      // Tomcat then takes the scheme and client address the proxy forwards (it trusts forwarded
      // headers from loopback and private addresses only), and nothing but the proxy reaches us.
      props.put("server.address", "127.0.0.1");
      props.put("server.forward-headers-strategy", "native");
    }
    var ctx = SpringLauncher.start(true, props);
    String actual = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
    String scheme = tlsKeystore != null ? "https" : "http";
    System.out.println(
        "Tally is serving on " + scheme + "://localhost:" + actual + "/ (Ctrl-C to stop)");
    return TallyCommand.KEEP_RUNNING;
  }
}
