package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages in the reference plant's language (es-VE, from the plant file) and in English: the
 * header's switch records the user's own choice as a ledger entry, which wins over the site's; the
 * sign-in page follows the cookie the switch leaves; numbers are written the reader's way.
 */
@SpringBootTest(properties = "tally.locale=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class I18nPagesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String page(String path, String userName, Cookie... cookies) throws Exception {
    var request = get(path).with(user(userName).roles("ADMIN"));
    if (cookies.length > 0) {
      request.cookie(cookies);
    }
    var result = mvc.perform(request).andExpect(status().isOk()).andReturn();
    return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theSitesLanguageWhenTheUserChoseNone() throws Exception {
    String html = page("/", "ana.es");
    assertThat(html).contains("lang=\"es-VE\"", ">Resumen<", ">Cerrar sesión<", ">Capacidad<");
    assertThat(html).contains("Capacidad nominal (de diseño)").doesNotContain(">Overview<");
    // The designed nameplate of the reference plant, grouped the Spanish way.
    assertThat(html).containsPattern(">\\d{1,3}(\\.\\d{3}){2,}<");
    assertThat(html).doesNotContainPattern(">\\d{1,3}(,\\d{3}){2,}<");
    // Plant time, with its zone, in the header.
    assertThat(html).contains("America/Caracas");
  }

  @Test
  void englishWithTheCookieOfTheSwitch() throws Exception {
    String html = page("/", "ben.cookie", new Cookie(PlantLocaleResolver.COOKIE, "en"));
    assertThat(html).contains("lang=\"en\"", ">Overview<", ">Sign out<", "Nameplate (designed)");
    assertThat(html).containsPattern(">\\d{1,3}(,\\d{3}){2,}<");
    assertThat(page("/capacity", "ben.cookie", new Cookie(PlantLocaleResolver.COOKIE, "en")))
        .contains("Capacity against demand");
    assertThat(page("/capacity", "ben.cookie")).contains("Capacidad frente a demanda");
  }

  @Test
  void theUsersOwnChoiceIsALedgerEntryAndWins() throws Exception {
    mvc.perform(
            post("/account/language")
                .with(user("carla.switch").roles("OPERATOR"))
                .with(csrf())
                .param("locale", "en")
                .param("back", "/lots"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/lots"));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM ledger_entry WHERE type = 'UserLocaleChosen'"
                        + " AND actor = 'carla.switch'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // No cookie sent: the choice kept with the user answers, over the site's Spanish.
    String html = page("/lots", "carla.switch");
    assertThat(html).contains(">Lots<", ">Sign out<").doesNotContain("Cerrar sesión");
    // The cookie of another language does not beat the user's own choice.
    assertThat(page("/lots", "carla.switch", new Cookie(PlantLocaleResolver.COOKIE, "es")))
        .contains(">Sign out<");
  }

  @Test
  void aLanguageTallyDoesNotSpeakIsRefusedNamingTheField() throws Exception {
    mvc.perform(
            post("/account/language")
                .with(user("dan.refused").roles("OPERATOR"))
                .with(csrf())
                .param("locale", "fr"))
        .andExpect(status().is4xxClientError());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE actor = 'dan.refused'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anOutsideAddressToGoBackToIsNotFollowed() throws Exception {
    mvc.perform(
            post("/account/language")
                .with(user("eve.back").roles("OPERATOR"))
                .with(csrf())
                .param("locale", "es-VE")
                .param("back", "//evil.example/x"))
        .andExpect(header().string("Location", "/"));
  }

  @Test
  void theApisDetailFollowsAcceptLanguageAndItsCodesStay() throws Exception {
    String es =
        mvc.perform(
                get("/api/ledger")
                    .param("limit", "5000")
                    .header("Accept-Language", "es-VE,es;q=0.9,en;q=0.5")
                    .with(user("fay.api").roles("AUDITOR")))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(es).contains("\"detail\":\"limit debe estar entre 1 y 1000\"");
    assertThat(es).contains("\"field\":\"limit\"", "\"status\":422");
    String en =
        mvc.perform(
                get("/api/ledger")
                    .param("limit", "5000")
                    .header("Accept-Language", "en-GB")
                    .with(user("fay.api").roles("AUDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(en).contains("\"detail\":\"limit must be 1 to 1000\"", "\"field\":\"limit\"");
  }

  @Test
  void theSignInPageFollowsTheCookie() throws Exception {
    String es =
        mvc.perform(get("/login"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(es).contains("Iniciar sesión", "Contraseña");
    String en =
        mvc.perform(get("/login").cookie(new Cookie(PlantLocaleResolver.COOKIE, "en")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(en).contains("Sign in", "Password").doesNotContain("Contraseña");
  }
}
