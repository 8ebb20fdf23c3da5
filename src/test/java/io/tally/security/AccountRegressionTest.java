package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tally.kernel.Actor;
import io.tally.ledger.Events;
import io.tally.security.UserEvent.PasswordChanged;
import io.tally.security.UserEvent.TotpEnrolled;
import io.tally.security.UserEvent.UserDisabled;
import io.tally.security.UserEvent.UserLocked;
import io.tally.security.UserEvent.UserRolesChanged;
import io.tally.security.UserEvent.UserUnlocked;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, item 6: accounts can be protected and revoked. Guessing is throttled before bcrypt,
 * repeated failures lock an account until an ADMIN unlocks it, weak passwords are refused,
 * disabling and role changes apply on the next request (HTTP Basic and page sessions alike), the
 * first admin must change the generated password, and TOTP is a second factor on both chains.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext
class AccountRegressionTest {
  static final Path DATA = Path.of("target/test-data/accounts-" + UUID.randomUUID());
  static final String PASSWORD = "brass-case-primer-41";
  static final RequestPostProcessor BOSS = user("boss").roles("ADMIN");

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry r) {
    r.add("tally.data-dir", DATA::toString);
  }

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired SecondFactor secondFactor;
  @Autowired UserAdministration administration;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @MockitoSpyBean PasswordEncoder encoder;

  void addUser(String name, String role) {
    users.add(Actor.SYSTEM, null, new Users.NewUser(name, List.of(role), PASSWORD));
  }

  static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  int basic(String address, String name, String password) throws Exception {
    return call(get("/api/lines").with(httpBasic(name, password)).with(from(address))).getStatus();
  }

  MockHttpServletResponse formPost(String address, String name) throws Exception {
    return call(
        post("/login")
            .param("username", name)
            .param("password", "a-wrong-password")
            .with(from(address))
            .with(csrf()));
  }

  long bcryptChecks() {
    return Mockito.mockingDetails(encoder).getInvocations().stream()
        .filter(i -> i.getMethod().getName().equals("matches"))
        .count();
  }

  long entries(Class<? extends UserEvent> type, String name) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ? AND payload LIKE ?")
        .params(Events.typeOf(type), "%\"" + name + "\"%")
        .query(Long.class)
        .single();
  }

  MockHttpSession pageSession(String name, String password) throws Exception {
    var result = mvc.perform(formLogin("/login").user(name).password(password)).andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  @Test
  void guessingIsThrottledBeforeBcryptPerAccountAndPerAddress() throws Exception {
    addUser("guess.target", "OPERATOR");
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      assertThat(basic("10.9.0.1", "guess.target", "wrong-guess-" + i)).isEqualTo(401);
    }
    long before = bcryptChecks();
    for (int i = 0; i < 20; i++) {
      var refused =
          call(
              get("/api/lines")
                  .with(httpBasic("guess.target", "guess-" + i))
                  .with(from("10.9.0.1")));
      assertThat(refused.getStatus()).isEqualTo(429);
      assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
      assertThat(refused.getContentType()).startsWith("application/problem+json");
    }
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      assertThat(basic("10.9.0.2", "random-" + i, "guess")).isEqualTo(401);
    }
    long afterRandom = bcryptChecks();
    for (int i = 0; i < 20; i++) {
      assertThat(basic("10.9.0.2", "another-" + i, "guess")).isEqualTo(429);
    }
    assertThat(bcryptChecks()).isEqualTo(afterRandom).isEqualTo(before + SignInThrottle.FREE);
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      assertThat(formPost("10.9.0.3", "form-" + i).getRedirectedUrl()).endsWith("/login?error");
    }
    var page = formPost("10.9.0.3", "form-x");
    assertThat(page.getRedirectedUrl()).endsWith("/login?error&wait=1");
    assertThat(bcryptChecks()).isEqualTo(afterRandom + SignInThrottle.FREE);
  }

  @Test
  void tenFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
    addUser("lock.target", "OPERATOR");
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      assertThat(basic("10.8.0." + i, "lock.target", "wrong-" + i)).isEqualTo(401);
      clock.advance(SignInThrottle.MAX_WAIT);
    }
    assertThat(entries(UserLocked.class, "lock.target")).isEqualTo(1);
    assertThat(basic("10.8.1.1", "lock.target", PASSWORD)).isEqualTo(401);
    assertThat(users.find("lock.target").orElseThrow().locked()).isTrue();

    assertThat(
            call(post("/api/users/lock.target/unlock").with(user("op").roles("OPERATOR")))
                .getStatus())
        .isEqualTo(403);
    assertThat(call(post("/api/users/lock.target/unlock").with(BOSS)).getStatus()).isEqualTo(200);
    assertThat(entries(UserUnlocked.class, "lock.target")).isEqualTo(1);
    assertThat(basic("10.8.1.1", "lock.target", PASSWORD)).isEqualTo(200);
  }

  @Test
  void weakPasswordsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
    for (String weak :
        List.of("short-pw", "password1234", "my-weak.user-pass", "aaaaaaaaaaaa", "123456789012")) {
      var response =
          call(
              post("/api/users")
                  .with(BOSS)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"name\":\"weak.user\",\"roles\":[\"AUDITOR\"],\"password\":\""
                          + weak
                          + "\"}"));
      assertThat(response.getStatus()).as(weak).isEqualTo(422);
      assertThat(response.getContentAsString()).contains("\"field\":\"password\"");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single())
        .isEqualTo(before);
    assertThat(users.exists("weak.user")).isFalse();
  }

  @Test
  void disablingTakesEffectOnTheNextRequestOfApiAndPageSession() throws Exception {
    addUser("leaver", "AUDITOR");
    assertThat(basic("10.7.0.1", "leaver", PASSWORD)).isEqualTo(200);
    MockHttpSession session = pageSession("leaver", PASSWORD);
    assertThat(call(get("/account/password").session(session)).getStatus()).isEqualTo(200);

    assertThat(call(post("/api/users/leaver/disable").with(BOSS)).getStatus()).isEqualTo(200);
    assertThat(entries(UserDisabled.class, "leaver")).isEqualTo(1);

    assertThat(basic("10.7.0.1", "leaver", PASSWORD)).isEqualTo(401);
    var page = call(get("/account/password").session(session));
    assertThat(page.getRedirectedUrl()).endsWith("/login?error&revoked");
    assertThat(session.isInvalid()).isTrue();

    assertThat(call(post("/api/users/leaver/enable").with(BOSS)).getStatus()).isEqualTo(200);
    assertThat(basic("10.7.0.1", "leaver", PASSWORD)).isEqualTo(200);
  }

  @Test
  void aRoleChangeTakesEffectOnTheNextRequest() throws Exception {
    addUser("promoted", "OPERATOR");
    MockHttpSession session = pageSession("promoted", PASSWORD);
    var users = get("/api/users").with(httpBasic("promoted", PASSWORD)).with(from("10.6.0.1"));
    assertThat(call(users).getStatus()).isEqualTo(403);
    assertThat(call(get("/admin/users").session(session)).getStatus()).isEqualTo(403);

    var change =
        post("/api/users/promoted/roles")
            .with(BOSS)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"roles\":[\"ADMIN\",\"OPERATOR\"]}");
    assertThat(call(change).getStatus()).isEqualTo(200);
    assertThat(entries(UserRolesChanged.class, "promoted")).isEqualTo(1);

    assertThat(call(users).getStatus()).isEqualTo(200);
    var page = call(get("/admin/users").session(session));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("user-promoted");
  }

  @Test
  void theFirstAdminMustChangeTheGeneratedPasswordWhichDeletesItsFile() throws Exception {
    Path file = DATA.resolve("admin-password.txt");
    String generated = Files.readString(file).trim();
    var lines = get("/api/lines").with(httpBasic("admin", generated)).with(from("10.5.0.1"));
    var refused = call(lines);
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).contains("password must be changed");
    MockHttpSession session = pageSession("admin", generated);
    assertThat(call(get("/lots").session(session)).getRedirectedUrl())
        .endsWith("/account/password");

    var change =
        post("/api/account/password")
            .with(httpBasic("admin", generated))
            .with(from("10.5.0.1"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"oldPassword\":\"" + generated + "\",\"newPassword\":\"" + PASSWORD + "\"}");
    assertThat(call(change).getStatus()).isEqualTo(200);

    assertThat(file).doesNotExist();
    assertThat(entries(PasswordChanged.class, "admin")).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE payload LIKE ? OR payload LIKE ?")
                .params("%" + PASSWORD + "%", "%bcrypt%")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(basic("10.5.0.1", "admin", PASSWORD)).isEqualTo(200);
    assertThat(call(get("/lots").session(session)).getStatus()).isEqualTo(200);
  }

  @Test
  void anEnrolledUserSignsInOnlyWithTheCurrentCode() throws Exception {
    addUser("quality.lead", "QUALITY");
    var enrolment = secondFactor.enrol(Actor.SYSTEM, "quality.lead");
    assertThat(enrolment.uri()).startsWith("otpauth://totp/Tally%3Aquality.lead?secret=");
    assertThat(entries(TotpEnrolled.class, "quality.lead")).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT totp_secret FROM user_credential WHERE name = 'quality.lead'")
                .query(String.class)
                .single())
        .doesNotContain(enrolment.secret());
    String code =
        Totp.code(
            Base32.decode(enrolment.secret()), clock.instant().getEpochSecond(), 6, Totp.SHA1);

    assertThat(basic("10.4.0.1", "quality.lead", PASSWORD)).isEqualTo(401);
    var withCode =
        get("/api/lines")
            .with(httpBasic("quality.lead", PASSWORD))
            .with(from("10.4.0.2"))
            .header(SignInDetails.OTP_HEADER, code);
    assertThat(call(withCode).getStatus()).isEqualTo(200);

    var form =
        post("/login")
            .param("username", "quality.lead")
            .param("password", PASSWORD)
            .param("code", code)
            .with(from("10.4.0.3"))
            .with(csrf());
    assertThat(call(form).getRedirectedUrl()).doesNotContain("error");
    var noCode =
        post("/login")
            .param("username", "quality.lead")
            .param("password", PASSWORD)
            .with(from("10.4.0.4"))
            .with(csrf());
    assertThat(call(noCode).getRedirectedUrl()).endsWith("/login?error");
  }

  @Test
  void theAdminPageDisablesAUserOnceForAFormSentTwice() throws Exception {
    addUser("page.user", "WAREHOUSE");
    var form =
        post("/admin/users/page.user/disable").param("key", "form-key-1").with(BOSS).with(csrf());
    assertThat(call(form).getContentAsString()).contains("page.user is now disabled");
    assertThat(call(form).getStatus()).isEqualTo(200);
    assertThat(entries(UserDisabled.class, "page.user")).isEqualTo(1);

    var page = call(get("/admin/users").with(BOSS)).getContentAsString();
    assertThat(page).contains("id=\"user-page.user\"").contains("name=\"key\"");
    assertThat(page).doesNotContain("style=").doesNotContainPattern("<script>|\\son[a-z]+=");
    var refused =
        call(
            post("/admin/users/page.user/roles")
                .param("key", "form-key-2")
                .with(BOSS)
                .with(csrf()));
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("at least one role is required");
  }

  @Test
  void theLastEnabledAdminCanNeitherBeDisabledNorLoseTheRole() throws Exception {
    List<String> others =
        users.all().stream()
            .filter(u -> u.enabled() && u.roles().contains("ADMIN") && !u.name().equals("admin"))
            .map(Users.UserView::name)
            .toList();
    others.forEach(name -> administration.disable(Actor.SYSTEM, null, name));
    try {
      var disable = call(post("/api/users/admin/disable").with(BOSS));
      assertThat(disable.getStatus()).isEqualTo(409);
      assertThat(disable.getContentAsString()).contains("last enabled ADMIN");
      var demote =
          post("/api/users/admin/roles")
              .with(BOSS)
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"roles\":[\"AUDITOR\"]}");
      assertThat(call(demote).getStatus()).isEqualTo(409);
      assertThat(users.find("admin").orElseThrow().roles()).containsExactly("ADMIN");
    } finally {
      others.forEach(name -> administration.enable(Actor.SYSTEM, null, name));
    }
  }
}
