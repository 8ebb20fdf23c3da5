package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.LedgerVerification;
import io.tally.security.Users;
import io.tally.support.Postgres;
import io.tally.support.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Count reports stream in over HTTP while the database becomes unreachable for this server alone (a
 * TCP proxy between Tally and PostgreSQL is cut, then restored, as a restart of the database would
 * look): every answer is a 2xx or a {@code 503} problem with {@code Retry-After} (never a 500),
 * readiness is DOWN during the outage and UP after it, and once the clients have resent what got a
 * 503 with the same keys, every report is booked exactly once and the chain verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageOnPostgresTest {
  static final int CLIENTS = 4;
  static final int REPORTS = 60;
  static final String PASSWORD = "outage-only-password";
  static TcpProxy proxy;

  @LocalServerPort int port;
  @Autowired CommandExecutor executor;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerVerification verification;

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger acked = new AtomicInteger();
  String run;

  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgresBehindAProxy(DynamicPropertyRegistry registry) {
    String url = Postgres.newDatabase();
    URI direct = URI.create(url.substring("jdbc:".length()));
    proxy = TcpProxy.to(direct.getHost(), direct.getPort());
    String proxied = url.replace(":" + direct.getPort() + "/", ":" + proxy.port() + "/");
    registry.add("spring.datasource.url", () -> proxied);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    registry.add("spring.datasource.hikari.validation-timeout", () -> "500");
  }

  @AfterAll
  static void closeProxy() {
    if (proxy != null) {
      proxy.close();
    }
  }

  @BeforeAll
  void setUp() {
    users.add(
        new Actor("admin"), null, new Users.NewUser("op.outage", List.of("OPERATOR"), PASSWORD));
    run =
        executor
            .execute(new Actor("admin"), new StartRunRequest("L3", "762x39-TRACER", null))
            .run();
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String auth = "op.outage:" + PASSWORD;
    return http.send(
        request
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  int readiness() throws Exception {
    return http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** One client: reports in order, each resent with its key until it is acknowledged. */
  long client(int client) throws Exception {
    long good = 0;
    for (int i = 0; i < REPORTS; i++) {
      long g = 1 + (i % 5);
      URI uri = URI.create("http://127.0.0.1:" + port + "/api/execution/runs/" + run + "/counts");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        HttpResponse<String> res =
            send(
                HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "outage-" + client + "-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"good\":" + g + ",\"scrap\":0}")));
        statuses.computeIfAbsent(res.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        if (res.statusCode() / 100 == 2) {
          acked.incrementAndGet();
          break;
        }
        if (res.statusCode() != 503
            || !"5".equals(res.headers().firstValue("Retry-After").orElse(""))
            || !res.body().contains("database cannot be reached")) {
          bad.add(res.statusCode() + " " + res.headers().map() + " " + res.body());
        }
        assertThat(System.nanoTime()).as("report acknowledged within 60 s").isLessThan(deadline);
        Thread.sleep(100);
      }
      good += g;
      Thread.sleep(5);
    }
    return good;
  }

  @Test
  void anOutageIsAnswered503WithRetryAfterAndNothingIsLostOrDoubled() throws Exception {
    assertThat(readiness()).isEqualTo(200);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Long>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      futures.add(pool.submit(() -> client(client)));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acked.get() < CLIENTS * REPORTS / 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    proxy.cut();
    int readinessDuringOutage;
    try {
      readinessDuringOutage = readiness();
      Thread.sleep(1500);
    } finally {
      proxy.restore();
    }
    long good = 0;
    for (Future<Long> f : futures) {
      good += f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(bad).as("answers other than 2xx or a 503 outage problem").isEmpty();
    assertThat(statuses).containsKey(503);
    assertThat(readinessDuringOutage).isEqualTo(503);
    long upDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (readiness() != 200 && System.nanoTime() < upDeadline) {
      Thread.sleep(200);
    }
    assertThat(readiness()).isEqualTo(200);
    assertThat(acked.get()).isEqualTo(CLIENTS * REPORTS);
    String view =
        send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/execution/runs/" + run)))
            .body();
    assertThat(view).containsPattern("\"good\":" + good + "[,}]");
    long entries =
        jdbc.sql(
                "SELECT COUNT(*) FROM ledger_entry WHERE type = 'CountReported' AND payload LIKE ?")
            .param("%\"" + run + "\"%")
            .query(Long.class)
            .single();
    assertThat(entries).isEqualTo(CLIENTS * REPORTS);
    assertThat(verification.verify().intact()).isTrue();
  }
}
