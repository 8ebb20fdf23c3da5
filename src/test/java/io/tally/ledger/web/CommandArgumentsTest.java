package io.tally.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Where a command's key and actor come from: the header, else the form field; the signed-in user.
 */
class CommandArgumentsTest {
  final IdempotencyKeyArgument keys = new IdempotencyKeyArgument();
  final ActorArgument actors = new ActorArgument();

  IdempotencyKey key(MockHttpServletRequest request) {
    return keys.resolveArgument(null, null, new ServletWebRequest(request), null);
  }

  @Test
  void theHeaderWinsOverTheFormField() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
    request.addHeader("Idempotency-Key", "from-header");
    request.addParameter("key", "from-form");
    assertThat(key(request).value()).isEqualTo("from-header");
  }

  @Test
  void aPageFormSendsItsKeyAsTheKeyField() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
    request.addParameter("key", "Ab12Cd34");
    assertThat(key(request).value()).isEqualTo("Ab12Cd34");
  }

  @Test
  void noKeyOrABlankOneIsNone() {
    assertThat(key(new MockHttpServletRequest("POST", "/x"))).isEqualTo(IdempotencyKey.NONE);
    MockHttpServletRequest blank = new MockHttpServletRequest("POST", "/x");
    blank.addHeader("Idempotency-Key", " ");
    blank.addParameter("key", "");
    assertThat(key(blank).value()).isNull();
  }

  @Test
  void aKeyOfTheWrongFormIsRefusedNamingWhereItCameFrom() {
    MockHttpServletRequest header = new MockHttpServletRequest("POST", "/x");
    header.addHeader("Idempotency-Key", "x".repeat(136));
    assertThatThrownBy(() -> key(header))
        .isInstanceOfSatisfying(
            CommandRejected.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"))
        .hasMessageContaining("1 to 135");
    MockHttpServletRequest form = new MockHttpServletRequest("POST", "/x");
    form.addParameter("key", "<script>");
    assertThat(key(form).value()).isEqualTo("<script>");
    form.setParameter("key", "two words");
    assertThatThrownBy(() -> key(form))
        .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.field()).isEqualTo("key"));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  Actor actor() {
    return actors.resolveArgument(
        null, null, new ServletWebRequest(new MockHttpServletRequest()), null);
  }

  @Test
  void theActorIsTheSignedInUserAndNobodyElse() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("op.anna", "n/a", List.of()));
    assertThat(actor()).isEqualTo(new Actor("op.anna"));
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    assertThatThrownBy(this::actor)
        .isInstanceOfSatisfying(
            CommandRejected.class, e -> assertThat(e.field()).isEqualTo("user"));
    SecurityContextHolder.clearContext();
    assertThatThrownBy(this::actor).isInstanceOf(CommandRejected.class);
  }

  @Test
  void aPrincipalTheLedgerCannotNameIsRefusedAsARoleWouldBe() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("q", "n/a", List.of()));
    assertThatThrownBy(this::actor).isInstanceOf(AccessDeniedException.class);
  }
}
