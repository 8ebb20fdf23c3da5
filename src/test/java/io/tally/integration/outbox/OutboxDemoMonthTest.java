package io.tally.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.tally.cli.SpringLauncher;
import io.tally.cli.TallyCommand;
import io.tally.support.BrokerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo month published to an MQTT broker, a NATS JetStream stream and a signed webhook, with the
 * brokers stopped and restarted midway (the webhook refusing meanwhile) and Tally itself restarted
 * before it has caught up: each consumer, deduplicating by the CloudEvents id, sees every ledger
 * entry exactly once and in ledger order.
 */
class OutboxDemoMonthTest {
  private static final Pattern SEQ = Pattern.compile("\"tallyseq\":(\\d+)");
  private static final String KEY_VARIABLE = "TALLY_TEST_OUTBOX_HOOK_KEY";
  private static final String KEY = "a-test-key-that-is-not-a-secret";

  @TempDir Path dir;

  @Test
  void everyEventReachesEveryConsumerOnceAndInOrderAcrossAnOutageAndARestart() throws Exception {
    Map<String, String> props = new HashMap<>();
    try (BrokerProcess mqtt = BrokerProcess.mosquitto(dir);
        BrokerProcess nats = BrokerProcess.nats(dir);
        Webhook hook = new Webhook();
        MqttConsumer consumer = new MqttConsumer(mqtt.port())) {
      props.put("tally.data-dir", dir.resolve("data").toString());
      destination(props, 0, "plant-mqtt", "MQTT", "tcp://127.0.0.1:" + mqtt.port());
      destination(props, 1, "plant-nats", "NATS", "nats://127.0.0.1:" + nats.port());
      destination(props, 2, "erp-hook", "WEBHOOK", "http://127.0.0.1:" + hook.port() + "/events");
      props.put("tally.outbox.destinations[2].secret-env", KEY_VARIABLE);
      props.put("tally.outbox.destinations[0].batch", "50");
      props.put(KEY_VARIABLE, KEY);
      props.forEach(System::setProperty);

      AtomicBoolean outageDone = new AtomicBoolean();
      Thread outage =
          new Thread(
              () -> {
                try {
                  while (consumer.seqs.size() < 300) {
                    Thread.sleep(50);
                  }
                  mqtt.stop();
                  nats.stop();
                  hook.refusing.set(true);
                  Thread.sleep(3_000);
                  mqtt.start();
                  nats.start();
                  hook.refusing.set(false);
                  outageDone.set(true);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      outage.start();
      StringWriter err = new StringWriter();
      int status =
          TallyCommand.run(
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true),
              "demo",
              "--days",
              "30",
              "--until",
              "2026-11-25T23:30:00Z",
              "--seed",
              "7");
      assertThat(status).as(err.toString()).isZero();
      outage.join(120_000);
      assertThat(outageDone).as("the brokers were stopped and restarted during the demo").isTrue();

      long head;
      try (var ctx = SpringLauncher.start(false, Map.of("tally.outbox.enabled", true))) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        head = jdbc.sql("SELECT seq FROM ledger_head").query(Long.class).single();
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until
            && jdbc.sql("SELECT COUNT(*) FROM outbox_cursor WHERE last_seq = ?")
                    .param(head)
                    .query(Long.class)
                    .single()
                < 3) {
          Thread.sleep(200);
        }
        assertThat(jdbc.sql("SELECT last_seq FROM outbox_cursor").query(Long.class).list())
            .as("every destination acknowledged the whole ledger")
            .containsOnly(head)
            .hasSize(3);
      }
      assertThat(head).isGreaterThan(1_000);
      List<Long> all = LongStream.rangeClosed(1, head).boxed().toList();

      consumer.awaitAtLeast(head);
      assertThat(firstSeen(consumer.seqs)).as("MQTT, once and in order").isEqualTo(all);

      assertThat(firstSeen(hook.seqs)).as("webhook, once and in order").isEqualTo(all);
      assertThat(hook.badSignatures).hasValue(0);
      assertThat(hook.refused.get()).as("the webhook refused during the outage").isPositive();

      try (var nc = Nats.connect("nats://127.0.0.1:" + nats.port())) {
        JetStreamManagement jsm = nc.jetStreamManagement();
        long count = jsm.getStreamInfo("TALLY").getStreamState().getMsgCount();
        assertThat(count).as("JetStream dropped the resends by Nats-Msg-Id").isEqualTo(head);
        List<Long> inStream = new ArrayList<>();
        for (long i = 1; i <= count; i++) {
          inStream.add(
              seq(new String(jsm.getMessage("TALLY", i).getData(), StandardCharsets.UTF_8)));
        }
        assertThat(inStream).as("NATS, once and in order").isEqualTo(all);
      }
    } finally {
      props.keySet().forEach(System::clearProperty);
      for (String k : List.copyOf(System.getProperties().stringPropertyNames())) {
        if (k.startsWith("tally.outbox.")) {
          System.clearProperty(k);
        }
      }
    }
  }

  private static void destination(
      Map<String, String> p, int i, String name, String kind, String url) {
    p.put("tally.outbox.destinations[" + i + "].name", name);
    p.put("tally.outbox.destinations[" + i + "].kind", kind);
    p.put("tally.outbox.destinations[" + i + "].url", url);
  }

  /** The sequences in the order they first arrived, duplicates (at-least-once resends) dropped. */
  private static List<Long> firstSeen(List<Long> received) {
    return received.stream().distinct().toList();
  }

  private static long seq(String cloudEvent) {
    Matcher m = SEQ.matcher(cloudEvent);
    if (!m.find()) {
      throw new AssertionError("no tallyseq in " + cloudEvent);
    }
    return Long.parseLong(m.group(1));
  }

  /** A subscriber with a persistent session: the broker keeps its messages across a restart. */
  static final class MqttConsumer implements AutoCloseable {
    final List<Long> seqs = new CopyOnWriteArrayList<>();
    private final MqttClient client;

    MqttConsumer(int port) throws Exception {
      client =
          new MqttClient(
              "tcp://127.0.0.1:" + port, "outbox-test-consumer", new MemoryPersistence());
      MqttConnectOptions o = new MqttConnectOptions();
      o.setCleanSession(false);
      o.setAutomaticReconnect(true);
      o.setMaxReconnectDelay(1000);
      client.setCallback(
          new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {}

            @Override
            public void connectionLost(Throwable cause) {}

            @Override
            public void messageArrived(String topic, MqttMessage message) {
              seqs.add(seq(new String(message.getPayload(), StandardCharsets.UTF_8)));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {}
          });
      client.connect(o);
      client.subscribe("tally/REF/events/#", 1);
    }

    void awaitAtLeast(long head) throws InterruptedException {
      long until = System.currentTimeMillis() + 60_000;
      while (seqs.stream().distinct().count() < head && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
    }

    @Override
    public void close() throws Exception {
      if (client.isConnected()) {
        client.disconnect();
      }
      client.close();
    }
  }

  /** A webhook receiver that checks each batch's signature and may refuse for a while. */
  static final class Webhook implements AutoCloseable {
    final List<Long> seqs = new CopyOnWriteArrayList<>();
    final AtomicBoolean refusing = new AtomicBoolean();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger badSignatures = new AtomicInteger();
    private final HttpServer server;

    Webhook() throws Exception {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/events",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst(WebhookBroker.SIGNATURE);
            int code;
            if (!WebhookBroker.sign(KEY.getBytes(StandardCharsets.UTF_8), body).equals(signature)) {
              badSignatures.incrementAndGet();
              code = 401;
            } else if (refusing.get()) {
              refused.incrementAndGet();
              code = 503;
            } else {
              Matcher m = SEQ.matcher(new String(body, StandardCharsets.UTF_8));
              while (m.find()) {
                seqs.add(Long.parseLong(m.group(1)));
              }
              code = 204;
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
          });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
