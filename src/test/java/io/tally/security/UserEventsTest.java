package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.ledger.Event;
import io.tally.security.UserEvent.PasswordChanged;
import io.tally.security.UserEvent.TotpEnrolled;
import io.tally.security.UserEvent.UserAdded;
import io.tally.security.UserEvent.UserDisabled;
import io.tally.security.UserEvent.UserEnabled;
import io.tally.security.UserEvent.UserLocked;
import io.tally.security.UserEvent.UserRolesChanged;
import io.tally.security.UserEvent.UserUnlocked;
import io.tally.support.EventRoundTrip;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each user event writes the payload its map wrote before it became a record (the JSON below is
 * what UserAdministration, Passwords and SecondFactor appended), and reads back equal. UserAdded is
 * also checked against the golden ledger.
 */
class UserEventsTest {
  static final Map<Event, String> STORED =
      Map.of(
          new UserAdded("qa.lead", List.of(Role.AUDITOR, Role.QUALITY)),
          "{\"name\":\"qa.lead\",\"roles\":[\"AUDITOR\",\"QUALITY\"]}",
          new UserDisabled("leaver"),
          "{\"name\":\"leaver\"}",
          new UserEnabled("leaver"),
          "{\"name\":\"leaver\"}",
          new UserRolesChanged("promoted", List.of(Role.ADMIN, Role.PLANNER)),
          "{\"name\":\"promoted\",\"roles\":[\"ADMIN\",\"PLANNER\"]}",
          new UserLocked("lock.target", 10),
          "{\"failures\":10,\"name\":\"lock.target\"}",
          new UserUnlocked("lock.target"),
          "{\"name\":\"lock.target\"}",
          new PasswordChanged("admin", true),
          "{\"mustChangeAtNextSignIn\":true,\"name\":\"admin\"}",
          new TotpEnrolled("qa.lead"),
          "{\"name\":\"qa.lead\"}",
          new UserEvent.UserLocaleChosen("ana", "es-VE"),
          "{\"locale\":\"es-VE\",\"name\":\"ana\"}");

  @Test
  void everyUserEventWritesTheBytesOfItsFormerMapAndReadsBackEqual() {
    assertThat(STORED).hasSize(UserEvent.class.getPermittedSubclasses().length);
    STORED.forEach(
        (event, json) -> {
          assertThat(EventRoundTrip.json(event)).as(event.toString()).isEqualTo(json);
          assertThat(EventRoundTrip.readBack(event)).isEqualTo(event);
        });
  }
}
