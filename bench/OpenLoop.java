/*
 * Tally's open-loop load generator (run with `java bench/OpenLoop.java ...`, no build needed). Talks
 * only to 127.0.0.1.
 *
 *   --port P --user U --password W --run RUN --rate R --seconds S [--connections C]
 *   [--key-prefix K] [--read-rate R2 --read-path PATH --page-user U2 --page-password W2]
 *
 * Count report i is due at start + i/R, whatever happened to the ones before it (open loop): a
 * scheduler hands each report to a pool of C connections when it is due, and its latency is counted
 * from that due time, not from when a connection was free to send it, so a server that falls behind
 * shows it (no coordinated omission). Each connection is plain HTTP/1.1 keep-alive on a socket of
 * its own and is reopened after 100 requests (Tomcat's maxKeepAliveRequests) or whenever the server
 * says Connection: close; a report whose connection broke before an answer is resent at once with
 * its Idempotency-Key (counted as resent; it takes effect once). With --read-rate, GETs of
 * --read-path go out at that fixed rate beside the reports (an API path with HTTP Basic, or a page
 * with a form sign-in as --page-user) and their latency is reported apart.
 *
 * Prints one JSON line: offered and achieved rates, acknowledged, errors by status, resent, p50, p90,
 * p99, p99.9 and max ms from the due time, and whether the run's good/scrap totals grew by exactly
 * the acknowledged reports (totalsMatch).
 */
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class OpenLoop {
  static final Map<String, String> opts = new HashMap<>();
  static final int MAX_PER_CONNECTION = 100;
  static int port;

  record Job(long due, String method, String path, String body, String key, String auth, int i) {}

  record Answer(int status, String body) {}

  /** One keep-alive HTTP/1.1 connection to 127.0.0.1. */
  static final class Connection {
    Socket socket;
    InputStream in;
    OutputStream out;
    int used;
    boolean closeAfter;
    String form;
    String lastCookie;
    final AtomicLong opened;

    Connection(AtomicLong opened) {
      this.opened = opened;
    }

    Answer exchange(Job job) throws IOException {
      if (socket == null || used >= MAX_PER_CONNECTION || closeAfter) {
        close();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        out = socket.getOutputStream();
        used = 0;
        closeAfter = false;
        opened.incrementAndGet();
      }
      used++;
      String text = form != null ? form : job.body();
      byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder();
      req.append(job.method()).append(' ').append(job.path()).append(" HTTP/1.1\r\n");
      req.append("Host: 127.0.0.1:").append(port).append("\r\n");
      req.append(job.auth()).append("\r\n");
      if (job.key() != null) {
        req.append("Idempotency-Key: ").append(job.key()).append("\r\n");
      }
      if (text != null) {
        req.append("Content-Type: ")
            .append(form != null ? "application/x-www-form-urlencoded" : "application/json")
            .append("\r\n");
        req.append("Content-Length: ").append(body.length).append("\r\n");
      }
      form = null;
      req.append("\r\n");
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read();
    }

    private Answer read() throws IOException {
      String status = line();
      if (status == null) {
        throw new IOException("connection closed before an answer");
      }
      int code = Integer.parseInt(status.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      String h;
      while (!(h = line()).isEmpty()) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("set-cookie:") && lower.contains("jsessionid=")) {
          lastCookie = h.substring(11).trim().split(";")[0];
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closeAfter = true;
        }
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      if (chunked) {
        while (true) {
          int size = Integer.parseInt(line().split(";")[0].trim(), 16);
          if (size == 0) {
            while (!line().isEmpty()) {}
            break;
          }
          content.write(in.readNBytes(size));
          line();
        }
      } else if (length > 0) {
        content.write(in.readNBytes((int) length));
      }
      return new Answer(code, content.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      StringBuilder s = new StringBuilder();
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          int n = s.length();
          return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
        }
        s.append((char) c);
      }
      if (s.length() == 0) {
        return null;
      }
      throw new IOException("connection closed inside an answer");
    }

    void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // gone already
        }
        socket = null;
      }
    }
  }

  /** Latencies and outcomes of one stream of requests. */
  static final class Stream {
    final long[] latency;
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicLong resent = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong good = new AtomicLong();
    final AtomicLong scrap = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    volatile long lastDone;

    Stream(int n) {
      latency = new long[n];
      Arrays.fill(latency, -1);
    }
  }

  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    port = Integer.parseInt(opts.get("port"));
    double rate = Double.parseDouble(opts.get("rate"));
    double seconds = Double.parseDouble(opts.getOrDefault("seconds", "20"));
    int connections = Integer.parseInt(opts.getOrDefault("connections", "64"));
    String prefix = opts.getOrDefault("key-prefix", "open-" + System.currentTimeMillis());
    String run = opts.get("run");
    String basic =
        "Authorization: Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (opts.get("user") + ":" + opts.get("password"))
                        .getBytes(StandardCharsets.UTF_8));
    int n = (int) Math.round(rate * seconds);
    double readRate = Double.parseDouble(opts.getOrDefault("read-rate", "0"));
    int reads = (int) Math.round(readRate * seconds);
    String readPath = opts.getOrDefault("read-path", "/api/execution/lines");
    String readAuth = basic;
    if (reads > 0 && opts.containsKey("page-user")) {
      readAuth = "Cookie: " + signIn(opts.get("page-user"), opts.get("page-password"));
    }

    long[] before = totals(run, basic);
    AtomicLong opened = new AtomicLong();
    Stream counts = new Stream(n);
    Stream gets = new Stream(Math.max(reads, 0));
    LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    // Reads have connections of their own, so they never wait behind reports in this client.
    LinkedBlockingQueue<Job> readQueue = new LinkedBlockingQueue<>();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < connections + (reads > 0 ? 8 : 0); c++) {
      LinkedBlockingQueue<Job> mine = c < connections ? queue : readQueue;
      Thread t = new Thread(() -> work(mine, opened, counts, gets), "conn-" + c);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    long start = System.nanoTime() + 50_000_000L;
    Thread readScheduler = null;
    if (reads > 0) {
      String auth = readAuth;
      readScheduler =
          new Thread(
              () -> {
                for (int i = 0; i < reads; i++) {
                  long due = start + (long) (i * 1e9 / readRate);
                  sleepUntil(due);
                  readQueue.add(new Job(due, "GET", readPath, null, null, auth, -1 - i));
                }
              });
      readScheduler.start();
    }
    for (int i = 0; i < n; i++) {
      long due = start + (long) (i * 1e9 / rate);
      sleepUntil(due);
      String body = "{\"good\":" + (1 + i % 5) + ",\"scrap\":" + (i % 3 == 0 ? 1 : 0) + "}";
      queue.add(
          new Job(
              due,
              "POST",
              "/api/execution/runs/" + run + "/counts",
              body,
              prefix + "-" + i,
              basic,
              i));
    }
    if (readScheduler != null) {
      readScheduler.join();
    }
    long waitUntil = System.nanoTime() + 120_000_000_000L;
    while (done(counts) + done(gets) < n + reads && System.nanoTime() < waitUntil) {
      Thread.sleep(20);
    }
    double elapsed = (Math.max(counts.lastDone, start) - start) / 1e9;
    long[] after = totals(run, basic);
    boolean totalsMatch =
        after[0] - before[0] == counts.good.get() && after[1] - before[1] == counts.scrap.get();
    StringBuilder json = new StringBuilder();
    json.append(String.format(Locale.ROOT, "{\"offeredPerSecond\":%.0f,\"seconds\":%.1f,", rate, seconds));
    json.append(String.format(Locale.ROOT, "\"sent\":%d,\"acknowledged\":%d,", n, counts.acked.get()));
    json.append(
        String.format(
            Locale.ROOT,
            "\"achievedPerSecond\":%.0f,",
            elapsed > 0 ? counts.acked.get() / elapsed : 0));
    json.append("\"statuses\":").append(new TreeMap<>(counts.statuses)).append(',');
    json.append("\"unanswered\":").append(counts.failed.get()).append(',');
    json.append("\"resent\":").append(counts.resent.get()).append(',');
    json.append("\"connectionsOpened\":").append(opened.get()).append(',');
    json.append(percentiles(counts.latency)).append(',');
    json.append("\"totalsMatch\":").append(totalsMatch);
    if (reads > 0) {
      json.append(",\"reads\":{\"path\":\"").append(readPath).append("\",\"perSecond\":");
      json.append(String.format(Locale.ROOT, "%.0f", readRate)).append(",\"statuses\":");
      json.append(new TreeMap<>(gets.statuses)).append(',').append(percentiles(gets.latency));
      json.append('}');
    }
    json.append('}');
    System.out.println(json.toString().replace("=", ":"));
    System.exit(totalsMatch && counts.failed.get() == 0 ? 0 : 1);
  }

  static long done(Stream s) {
    long d = 0;
    for (AtomicLong a : s.statuses.values()) {
      d += a.get();
    }
    return d + s.failed.get();
  }

  static void sleepUntil(long due) {
    long now;
    while ((now = System.nanoTime()) < due) {
      LockSupport.parkNanos(due - now);
    }
  }

  static void work(LinkedBlockingQueue<Job> queue, AtomicLong opened, Stream counts, Stream gets) {
    Connection conn = new Connection(opened);
    while (true) {
      Job job;
      try {
        job = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      Stream s = job.i() >= 0 ? counts : gets;
      int index = job.i() >= 0 ? job.i() : -1 - job.i();
      Answer answer = null;
      for (int attempt = 0; attempt < 5 && answer == null; attempt++) {
        try {
          answer = conn.exchange(job);
        } catch (IOException | RuntimeException e) {
          conn.close();
          s.resent.incrementAndGet();
        }
      }
      long end = System.nanoTime();
      if (answer == null) {
        s.failed.incrementAndGet();
        continue;
      }
      s.latency[index] = end - job.due();
      s.lastDone = Math.max(s.lastDone, end);
      if (answer.status() / 100 == 2 && job.i() >= 0) {
        s.good.addAndGet(1 + job.i() % 5);
        s.scrap.addAndGet(job.i() % 3 == 0 ? 1 : 0);
        s.acked.incrementAndGet();
      }
      s.statuses.computeIfAbsent(answer.status(), k -> new AtomicLong()).incrementAndGet();
    }
  }

  static String percentiles(long[] latency) {
    long[] sorted = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
    return String.format(
        Locale.ROOT,
        "\"p50ms\":%.2f,\"p90ms\":%.2f,\"p99ms\":%.2f,\"p999ms\":%.2f,\"maxms\":%.2f",
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        pct(sorted, 0.999),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int idx = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, idx)] / 1e6;
  }

  /** The run's good and scrap totals. */
  static long[] totals(String run, String basic) throws IOException {
    Connection c = new Connection(new AtomicLong());
    Answer a =
        c.exchange(new Job(0, "GET", "/api/execution/runs/" + run, null, null, basic, 0));
    c.close();
    if (a.status() != 200) {
      throw new IllegalStateException("GET run " + run + " -> " + a.status() + " " + a.body());
    }
    return new long[] {number(a.body(), "good"), number(a.body(), "scrap")};
  }

  static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  /** Signs in on the login page; returns the session cookie for page reads. */
  static String signIn(String user, String password) throws IOException {
    Connection c = new Connection(new AtomicLong());
    Answer login = c.exchange(new Job(0, "GET", "/login", null, null, "X-Sign-In: page", 0));
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(login.body());
    if (!m.find()) {
      throw new IllegalStateException("no sign-in form at /login");
    }
    String csrf = m.group(1);
    String cookie = c.lastCookie;
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    c.form = form;
    c.lastCookie = null;
    Answer signedIn = c.exchange(new Job(0, "POST", "/login", null, null, "Cookie: " + cookie, 0));
    c.close();
    if (signedIn.status() != 302) {
      throw new IllegalStateException("sign-in as " + user + " answered " + signedIn.status());
    }
    return c.lastCookie != null ? c.lastCookie : cookie;
  }
}
