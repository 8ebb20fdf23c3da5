package io.tally.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A message broker of the test's own (Mosquitto or NATS with JetStream), on a free port of
 * 127.0.0.1 with its data in a folder of the test's, so a test may stop and restart it without
 * touching the machine's broker. In CI (CI=true) a missing binary fails the test (.ci/run installs
 * both from Debian's packages); elsewhere the test is skipped with the reason.
 */
public final class BrokerProcess implements AutoCloseable {
  private final List<String> command;
  private final int port;
  private final Path log;
  private Process process;

  private BrokerProcess(List<String> command, int port, Path log) {
    this.command = command;
    this.port = port;
    this.log = log;
  }

  /** Mosquitto with persistence, so queued QoS 1 messages survive a graceful restart. */
  public static BrokerProcess mosquitto(Path dir) throws IOException {
    Path binary = require("/usr/sbin/mosquitto", "mosquitto");
    int port = freePort();
    Path data = Files.createDirectories(dir.resolve("mosquitto"));
    Path conf = data.resolve("mosquitto.conf");
    Files.writeString(
        conf,
        "listener "
            + port
            + " 127.0.0.1\n"
            + "allow_anonymous true\n"
            + "persistence true\n"
            + "persistence_location "
            + data
            + "/\n"
            + "max_queued_messages 0\n"
            // Started as root, Mosquitto would switch to its own user and could not save here.
            + "user "
            + System.getProperty("user.name")
            + "\n");
    return new BrokerProcess(
            List.of(binary.toString(), "-c", conf.toString()), port, data.resolve("log.txt"))
        .start();
  }

  /** NATS with JetStream, its store in the test's folder. */
  public static BrokerProcess nats(Path dir) throws IOException {
    Path binary = require("/usr/sbin/nats-server", "nats-server");
    int port = freePort();
    Path data = Files.createDirectories(dir.resolve("nats"));
    return new BrokerProcess(
            List.of(
                binary.toString(),
                "-a",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-js",
                "-sd",
                data.toString()),
            port,
            data.resolve("log.txt"))
        .start();
  }

  public int port() {
    return port;
  }

  /** Starts the broker and waits until it accepts connections. */
  public synchronized BrokerProcess start() throws IOException {
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < until) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return this;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    throw new IllegalStateException(command.get(0) + " did not start: " + Files.readString(log));
  }

  /** Stops the broker gracefully (SIGTERM: it saves what it holds) and waits for it to end. */
  public synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static Path require(String path, String name) {
    Path p = Path.of(path);
    if (!Files.isExecutable(p)) {
      String why = name + " is not installed at " + path + " (Debian package " + name + ")";
      if (Postgres.required()) {
        Assertions.fail(why + "; the broker tests are required in CI");
      }
      Assumptions.abort(why);
    }
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
