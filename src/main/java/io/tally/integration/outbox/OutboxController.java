package io.tally.integration.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far each destination of the outbox has got, for the people who run the plant's IT. */
@RestController
class OutboxController {
  private final OutboxProperties properties;
  private final OutboxRelay relay;
  private final OutboxCursors cursors;

  OutboxController(OutboxProperties properties, OutboxRelay relay, OutboxCursors cursors) {
    this.properties = properties;
    this.relay = relay;
    this.cursors = cursors;
  }

  @GetMapping("/api/outbox")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  List<DestinationView> destinations() {
    long head = relay.head();
    List<DestinationView> out = new ArrayList<>();
    for (OutboxProperties.Destination d : properties.destinations()) {
      DestinationStatus status = relay.status().get(d.name());
      long last = Math.max(cursors.last(d.name()), status.acked());
      DestinationStatus.Snapshot s = status.snapshot();
      out.add(
          new DestinationView(
              d.name(),
              d.kind(),
              withoutUserInfo(d.url()),
              relay.isRunning(),
              last,
              head,
              Math.max(0, head - last),
              s.published(),
              s.lastPublished(),
              s.failing(),
              s.lastError(),
              s.lastErrorAt(),
              s.lagP50Millis(),
              s.lagP99Millis()));
    }
    return out;
  }

  private static String withoutUserInfo(java.net.URI url) {
    return url.getUserInfo() == null
        ? url.toString()
        : url.toString().replace(url.getRawUserInfo() + "@", "");
  }

  /** One destination's progress; lags are over the last 10,000 events this process sent. */
  record DestinationView(
      String name,
      OutboxProperties.Kind kind,
      String url,
      boolean running,
      long lastAcknowledgedSeq,
      long headSeq,
      long behind,
      long publishedSinceStart,
      @Nullable Instant lastPublishedAt,
      boolean failing,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      @Nullable Long lagP50Millis,
      @Nullable Long lagP99Millis) {}
}
