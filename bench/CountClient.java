/*
 * Tally's count-report load generator and checker (run with `java bench/CountClient.java ...`, no
 * build needed). Talks only to 127.0.0.1.
 *
 *   report --port P --user U --password W --run RUN --count N [--clients C] [--key-prefix K]
 *          [--acked FILE] [--retry-seconds S]
 *     Sends N count reports (report i: good 1 + i % 5, scrap 1 when i % 3 == 0) from C clients,
 *     each with Idempotency-Key K-i. A report without a 2xx answer (connection refused, reset, 5xx)
 *     is sent again with the same key until the server answers or S seconds pass without one.
 *     Prints a JSON summary: acknowledged, refused, resent, seconds, per second, p50 and p99 ms.
 *     With --ports P1,P2 (several nodes) client c sends to node c % n, and a report left without
 *     an answer is sent again, with the same key, to the next node.
 *   check --port P --user U --password W --run RUN --count N
 *     Checks that the run's totals and its CountReported ledger entries are exactly those of N
 *     acknowledged reports (each once). Exit 0 when so, 1 when not.
 */
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CountClient {
  static Map<String, String> opts = new HashMap<>();
  static HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  public static void main(String[] args) throws Exception {
    for (int i = 1; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    switch (args[0]) {
      case "report" -> report();
      case "check" -> System.exit(check() ? 0 : 1);
      default -> throw new IllegalArgumentException("report or check");
    }
  }

  static String base() {
    return "http://127.0.0.1:" + opts.get("port");
  }

  static String auth() {
    String up = opts.get("user") + ":" + opts.get("password");
    return "Basic " + Base64.getEncoder().encodeToString(up.getBytes(StandardCharsets.UTF_8));
  }

  static long good(int i) {
    return 1 + i % 5;
  }

  static long scrap(int i) {
    return i % 3 == 0 ? 1 : 0;
  }

  static void report() throws Exception {
    int count = Integer.parseInt(opts.get("count"));
    int clients = Integer.parseInt(opts.getOrDefault("clients", "1"));
    String prefix = opts.getOrDefault("key-prefix", "bench-" + System.nanoTime());
    long retryNanos = Long.parseLong(opts.getOrDefault("retry-seconds", "120")) * 1_000_000_000L;
    String[] ports = opts.getOrDefault("ports", opts.get("port")).split(",");
    BufferedWriter acked =
        opts.containsKey("acked") ? Files.newBufferedWriter(Path.of(opts.get("acked"))) : null;
    long[][] latencies = new long[clients][];
    AtomicLong refused = new AtomicLong();
    AtomicLong resent = new AtomicLong();
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t =
          new Thread(
              () -> {
                List<Long> mine = new ArrayList<>();
                for (int i = client; i < count; i += clients) {
                  String body = "{\"good\":" + good(i) + ",\"scrap\":" + scrap(i) + "}";
                  int attempt = 0;
                  long lastAnswer = System.nanoTime();
                  while (true) {
                    String port = ports[(client + attempt++) % ports.length];
                    URI uri =
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/execution/runs/"
                                + opts.get("run")
                                + "/counts");
                    HttpRequest req =
                      HttpRequest.newBuilder(uri)
                          .timeout(Duration.ofSeconds(30))
                          .header("Authorization", auth())
                          .header("Content-Type", "application/json")
                          .header("Idempotency-Key", prefix + "-" + i)
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                      status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                      status = -1;
                    }
                    long t1 = System.nanoTime();
                    if (status >= 200 && status < 300) {
                      mine.add(t1 - t0);
                      done.incrementAndGet();
                      if (acked != null) {
                        synchronized (acked) {
                          try {
                            acked.write(i + "\n");
                            acked.flush();
                          } catch (IOException e) {
                            throw new RuntimeException(e);
                          }
                        }
                      }
                      break;
                    }
                    if (status >= 400 && status < 500) {
                      refused.incrementAndGet();
                      break;
                    }
                    if (t1 - lastAnswer > retryNanos) {
                      throw new IllegalStateException("no answer for report " + i);
                    }
                    resent.incrementAndGet();
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                }
                latencies[client] = mine.stream().mapToLong(Long::longValue).toArray();
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "{\"acknowledged\":%d,\"refused\":%d,\"resent\":%d,\"clients\":%d,\"seconds\":%.1f,"
            + "\"perSecond\":%.0f,\"p50ms\":%.2f,\"p99ms\":%.2f}%n",
        done.get(),
        refused.get(),
        resent.get(),
        clients,
        seconds,
        done.get() / seconds,
        percentile(all, 0.50),
        percentile(all, 0.99));
    if (acked != null) {
      acked.close();
    }
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int idx = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, idx)] / 1e6;
  }

  static String get(String path) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", auth()).build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IllegalStateException(path + " -> " + res.statusCode() + " " + res.body());
    }
    return res.body();
  }

  static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  static boolean check() throws Exception {
    int count = Integer.parseInt(opts.get("count"));
    String run = opts.get("run");
    long good = 0;
    long scrap = 0;
    for (int i = 0; i < count; i++) {
      good += good(i);
      scrap += scrap(i);
    }
    String view = get("/api/execution/runs/" + run);
    long entries = 0;
    long entryGood = 0;
    long from = 1;
    Pattern seq = Pattern.compile("\"seq\":([0-9]+)");
    Pattern entry =
        Pattern.compile(
            "\"fields\":\\{[^}]*\"good\":([0-9]+)[^}]*\"run\":\"" + Pattern.quote(run) + "\"");
    while (true) {
      String page = get("/api/ledger?type=CountReported&limit=1000&from=" + from);
      Matcher s = seq.matcher(page);
      long last = -1;
      int n = 0;
      while (s.find()) {
        last = Long.parseLong(s.group(1));
        n++;
      }
      Matcher e = entry.matcher(page);
      while (e.find()) {
        entries++;
        entryGood += Long.parseLong(e.group(1));
      }
      if (n < 1000) {
        break;
      }
      from = last + 1;
    }
    boolean ok =
        number(view, "good") == good
            && number(view, "scrap") == scrap
            && entries == count
            && entryGood == good;
    System.out.printf(
        "{\"ok\":%s,\"expectedGood\":%d,\"runGood\":%d,\"expectedScrap\":%d,\"runScrap\":%d,"
            + "\"countReportedEntries\":%d,\"expectedEntries\":%d,\"entriesGood\":%d}%n",
        ok, good, number(view, "good"), scrap, number(view, "scrap"), entries, count, entryGood);
    return ok;
  }
}
