package io.tally.web;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.kernel.Languages;
import io.tally.security.Role;
import io.tally.security.UserLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The header's language switch: a plain form post (with its CSRF token, no script) that records the
 * user's choice ({@code UserLocaleChosen}), leaves it in a cookie for the sign-in page, and goes
 * back to the page it came from.
 */
@Controller
class LanguageSwitch {
  /** A path of this site to go back to: no scheme, no host, no {@code //}. */
  private static final Pattern BACK =
      Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?&=+,;:@-]{0,500}");

  private final UserLocales locales;
  private final LocaleResolver resolver;

  LanguageSwitch(UserLocales locales, LocaleResolver resolver) {
    this.locales = locales;
    this.resolver = resolver;
  }

  @PostMapping("/account/language")
  @PreAuthorize(Role.ANY)
  String choose(
      IdempotencyKey key,
      @RequestParam(required = false) @Nullable String locale,
      @RequestParam(required = false) @Nullable String back,
      Actor actor,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (locale == null) {
      throw CommandRejected.invalid("locale", "choose a language");
    }
    String tag = locales.choose(actor, key, locale);
    resolver.setLocale(request, response, Languages.locale(tag));
    return "redirect:" + (back != null && BACK.matcher(back).matches() ? back : "/");
  }
}
