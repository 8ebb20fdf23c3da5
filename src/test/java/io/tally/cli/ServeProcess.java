package io.tally.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tally} run as a user runs it: a JVM of its own on this test's classpath, so that its
 * sockets, files and system properties are its own and not the test JVM's.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern SERVING =
      Pattern.compile("Tally is serving on (https?)://localhost:(\\d+)/");
  private static final Duration START = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  private final int port;

  private ServeProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** {@code tally serve --port 0 ARGS} on the data folder, waiting until it serves. */
  static ServeProcess serve(Path dataDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> serve = new ArrayList<>(List.of("serve", "--port", "0"));
    serve.addAll(List.of(args));
    Path log = Files.createTempFile(dataDir.getParent(), "serve", ".log");
    Process p = start(dataDir, env, log, serve.toArray(String[]::new));
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline)) {
      Matcher m = SERVING.matcher(Files.readString(log));
      if (m.find()) {
        return new ServeProcess(p, log, Integer.parseInt(m.group(2)));
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("tally serve ended: " + Files.readString(log));
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new IllegalStateException("tally serve did not start: " + Files.readString(log));
  }

  /** A command that ran to its end: its exit status and everything it wrote. */
  record Finished(int status, String output) {}

  /** Runs one command to its end. */
  static Finished run(Path dataDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(dataDir.getParent(), "tally", ".log");
    Process p = start(dataDir, env, log, args);
    if (!p.waitFor(START.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("tally did not end: " + Files.readString(log));
    }
    return new Finished(p.exitValue(), Files.readString(log));
  }

  private static Process start(Path dataDir, Map<String, String> env, Path log, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Tally.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("TALLY_"));
    pb.environment().put("TALLY_DATA_DIR", dataDir.toString());
    pb.environment().putAll(env);
    pb.directory(dataDir.getParent().toFile());
    return pb.start();
  }

  long pid() {
    return process.pid();
  }

  int port() {
    return port;
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
