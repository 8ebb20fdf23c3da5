package io.tally.web;

import io.tally.kernel.Languages;
import io.tally.plant.PlantService;
import io.tally.security.UserLocales;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a request is answered in (docs/i18n.md).
 *
 * <ul>
 *   <li>The API: the {@code Accept-Language} the client sent, when it names a language Tally
 *       speaks; the answer's codes and field names never change, only problem {@code detail}s.
 *   <li>Then the signed-in user's own choice ({@code UserLocaleChosen}, the header's switch).
 *   <li>Then, for pages, the language last picked in this browser (the {@value #COOKIE} cookie, so
 *       the sign-in page after signing out stays in it).
 *   <li>Else the site's language from the plant file ({@code site.locale}), unless this node is
 *       told another with {@code tally.locale} ({@code TALLY_LOCALE}; the tests use it to keep
 *       their English expectations).
 * </ul>
 */
@Component("localeResolver")
class PlantLocaleResolver implements LocaleResolver {
  /** The cookie the switch leaves in the browser: a language tag, nothing else. */
  static final String COOKIE = "tally-locale";

  private static final String RESOLVED = PlantLocaleResolver.class.getName() + ".locale";

  private final PlantService plant;
  private final UserLocales users;

  private final @Nullable Locale nodeDefault;

  PlantLocaleResolver(
      PlantService plant,
      UserLocales users,
      @org.springframework.beans.factory.annotation.Value("${tally.locale:}") String nodeDefault) {
    this.plant = plant;
    this.users = users;
    this.nodeDefault = nodeDefault.isBlank() ? null : Languages.locale(nodeDefault);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(RESOLVED) instanceof Locale known) {
      return known;
    }
    Locale locale = resolve(request);
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  private Locale resolve(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      Optional<Locale> asked = acceptLanguage(request.getHeader("Accept-Language"));
      if (asked.isPresent()) {
        return asked.get();
      }
    }
    Optional<Locale> own = signedIn().flatMap(this::chosen);
    if (own.isPresent()) {
      return own.get();
    }
    Optional<Locale> picked = cookie(request);
    if (picked.isPresent()) {
      return picked.get();
    }
    return nodeDefault != null ? nodeDefault : plant.plant().site().locale();
  }

  private Optional<Locale> chosen(String name) {
    try {
      return users.chosen(name);
    } catch (RuntimeException e) {
      // A projection that cannot be read (the database away) costs the user their language, not
      // the page: the site's language answers.
      return Optional.empty();
    }
  }

  @Override
  public void setLocale(
      HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
    if (response == null) {
      return;
    }
    Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.toLanguageTag());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Strict");
    cookie.setMaxAge(locale == null ? 0 : 365 * 24 * 3600);
    response.addCookie(cookie);
    request.setAttribute(RESOLVED, locale);
  }

  /** The first language of the header Tally speaks, with its country when it gave one. */
  static Optional<Locale> acceptLanguage(@Nullable String header) {
    if (header == null || header.isBlank() || header.length() > 200) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (Locale.LanguageRange r : ranges) {
      if (r.getWeight() <= 0) {
        continue;
      }
      Locale l = Locale.forLanguageTag(r.getRange());
      if (!Languages.SPOKEN.contains(l.getLanguage())) {
        continue;
      }
      String country = l.getCountry();
      return Optional.of(
          country.matches("[A-Z]{2}")
              ? new Locale(l.getLanguage(), country)
              : new Locale(l.getLanguage()));
    }
    return Optional.empty();
  }

  private static Optional<Locale> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        try {
          return Optional.of(Languages.locale(c.getValue()));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(auth.getName());
  }
}
