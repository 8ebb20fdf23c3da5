/*
 * Anonymous password guessing for bench/guessing.sh (run with `java bench/Guesser.java ...`, no
 * build needed). Talks only to 127.0.0.x.
 *
 *   --port P --rate R --seconds S --names a,b,c --addresses 127.0.0.1,127.0.0.2
 *     Sends R guesses a second for S seconds (R * S in all, never more), each a GET /api/lines with
 *     HTTP Basic: every other one against one of the given existing names, the rest against a fresh
 *     random name; each from the next of the given local addresses in turn (a socket bound to it,
 *     so the server sees that address). Prints a JSON summary: sent, per status, seconds.
 */
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class Guesser {
  public static void main(String[] args) throws Exception {
    Map<String, String> o = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int port = Integer.parseInt(o.get("port"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "50"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
    String[] names = o.getOrDefault("names", "admin").split(",");
    String[] addresses = o.getOrDefault("addresses", "127.0.0.1").split(",");
    for (String a : addresses) {
      if (!a.startsWith("127.")) {
        throw new IllegalArgumentException("loopback addresses only: " + a);
      }
    }
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long total = (long) rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String name = i % 2 == 0 ? names[(int) (i / 2 % names.length)] : "guess-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
      String address = addresses[(int) (i % addresses.length)];
      String password = "guess-" + i;
      pool.submit(
          () -> statuses.computeIfAbsent(guess(port, address, name, password), s -> new AtomicLong()).incrementAndGet());
    }
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    double took = (System.nanoTime() - start) / 1e9;
    StringBuilder by = new StringBuilder();
    new TreeMap<>(statuses).forEach((s, n) -> by.append(by.length() == 0 ? "" : ",").append("\"").append(s).append("\":").append(n));
    System.out.printf("{\"sent\":%d,\"seconds\":%.1f,\"statuses\":{%s}}%n", total, took, by);
  }

  /** One guess on its own connection from {@code address}; answers the status, or -1 on error. */
  static int guess(int port, String address, String name, String password) {
    String auth =
        Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(address, 0));
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET /api/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                  + auth
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] head = new byte[12];
      int n = 0;
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          return -1;
        }
        n += r;
      }
      return Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII));
    } catch (Exception e) {
      return -1;
    }
  }
}
