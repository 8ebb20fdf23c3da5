package io.tally.integration.outbox;

import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the ledger to every destination, one thread each: it reads the committed entries after the
 * destination's cursor in ledger order, publishes those the destination takes, waits for the
 * acknowledgement and only then moves the cursor. A failure (a broker down, a webhook refusing)
 * closes the connection and retries the same entries with a growing pause (up to 30 s), so a
 * destination gets every event at least once and in order; its consumer deduplicates by the
 * CloudEvents id. One line is logged when a destination starts failing and one when it recovers.
 */
@Component
class OutboxRelay implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
  static final Duration CURSOR_EVERY = Duration.ofSeconds(1);

  private final OutboxProperties properties;
  private final LedgerEntries entries;
  private final Ledger ledger;
  private final CloudEvents events;
  private final OutboxCursors cursors;
  private final Clock clock;
  private final Map<String, DestinationStatus> status = new LinkedHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  OutboxRelay(
      OutboxProperties properties,
      LedgerEntries entries,
      Ledger ledger,
      CloudEvents events,
      OutboxCursors cursors,
      Clock clock) {
    this.properties = properties;
    this.entries = entries;
    this.ledger = ledger;
    this.events = events;
    this.cursors = cursors;
    this.clock = clock;
    for (OutboxProperties.Destination d : properties.destinations()) {
      status.put(d.name(), new DestinationStatus());
    }
  }

  @Override
  public synchronized void start() {
    if (running || !properties.runs()) {
      return;
    }
    running = true;
    for (OutboxProperties.Destination d : properties.destinations()) {
      Thread t = new Thread(() -> relay(d), "outbox-" + d.name());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    for (Thread t : threads) {
      t.interrupt();
    }
    for (Thread t : threads) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the ledger and the web server; stopped before the database closes. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }

  Map<String, DestinationStatus> status() {
    return status;
  }

  long head() {
    return ledger.head().map(Ledger.Head::seq).orElse(0L);
  }

  private void relay(OutboxProperties.Destination d) {
    DestinationStatus state = status.get(d.name());
    Duration pause = Duration.ofMillis(500);
    @Nullable Broker broker = null;
    // The cursor is read from the database once (and again after a failure) and kept here; it is
    // written back at most once per CURSOR_EVERY and when the relay stops. A restart resends at
    // most that much, which the consumers drop by id, and the writers' commits do not queue
    // behind a durable cursor commit per destination per round.
    long acked = -1;
    long stored = -1;
    long storedAt = 0;
    while (running) {
      try {
        if (acked < 0) {
          acked = cursors.last(d.name());
          stored = acked;
        }
        long from = acked + 1;
        List<LedgerEntry> page = entries.pageUnparsed(from, d.batchSize());
        if (page.isEmpty()) {
          if (stored < acked) {
            cursors.advance(d.name(), acked);
            stored = acked;
            storedAt = System.nanoTime();
          }
          sleep(properties.poll());
          continue;
        }
        List<OutboundEvent> out = new ArrayList<>(page.size());
        for (LedgerEntry e : page) {
          if (d.accepts(e.type())) {
            out.add(events.of(e));
          }
        }
        if (!out.isEmpty()) {
          if (broker == null) {
            broker = connect(d);
          }
          broker.publish(out);
        }
        acked = page.get(page.size() - 1).seq();
        state.acked(acked);
        if (System.nanoTime() - storedAt >= CURSOR_EVERY.toNanos()) {
          cursors.advance(d.name(), acked);
          stored = acked;
          storedAt = System.nanoTime();
        }
        if (state.failing()) {
          LOG.info("outbox {}: publishing again from sequence {}", d.name(), from);
        }
        state.published(out, clock.instant());
        pause = Duration.ofMillis(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        if (!running) {
          break;
        }
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (state.failed(reason, clock.instant())) {
          LOG.warn("outbox {}: cannot publish, retrying: {}", d.name(), reason);
        }
        if (broker != null) {
          broker.close();
          broker = null;
        }
        try {
          if (stored < acked) {
            cursors.advance(d.name(), acked);
            stored = acked;
          }
        } catch (RuntimeException dbDown) {
          // the database is the trouble: read the cursor again once it answers
          acked = -1;
        }
        try {
          sleep(pause);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          break;
        }
        pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
      }
    }
    if (broker != null) {
      broker.close();
    }
    if (stored < acked) {
      try {
        cursors.advance(d.name(), acked);
      } catch (RuntimeException e) {
        LOG.warn("outbox {}: could not store the cursor at {} on stopping", d.name(), acked);
      }
    }
  }

  private Broker connect(OutboxProperties.Destination d) throws Exception {
    return switch (d.kind()) {
      case MQTT -> new MqttBroker(d, events.site());
      case NATS -> new NatsBroker(d, events.site());
      case WEBHOOK -> new WebhookBroker(d);
    };
  }

  private static void sleep(Duration d) throws InterruptedException {
    Thread.sleep(d.toMillis());
  }
}
