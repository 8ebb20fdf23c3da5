package io.tally.web;

import io.tally.plant.PlantService;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page knows: its viewer's name and roles, so it shows only what they may do, and the
 * plant's lines for the navigation.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
  private final PlantService plant;

  PageModel(PlantService plant) {
    this.plant = plant;
  }

  /** The navigation's link to the lines: the plant's first line that makes something. */
  record Navigation(String firstLine) {}

  /** The signed-in user as the pages see them. */
  record Viewer(String name, Set<String> roles) {
    public boolean has(String role) {
      return roles.contains(role);
    }

    public boolean any(String... wanted) {
      for (String r : wanted) {
        if (roles.contains(r)) {
          return true;
        }
      }
      return false;
    }
  }

  @ModelAttribute("me")
  Viewer viewer(Authentication auth) {
    if (auth == null) {
      return new Viewer("", Set.of());
    }
    return new Viewer(
        auth.getName(),
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(a -> a.replaceFirst("^ROLE_", ""))
            .collect(Collectors.toSet()));
  }

  /** A language the header's switch offers: its tag and whether the page is in it now. */
  record Language(String tag, String language, boolean current) {}

  /** The languages Tally speaks; the site's own tag for its language (es-VE), else the language. */
  @ModelAttribute("languages")
  java.util.List<Language> languages(java.util.Locale locale) {
    var current = plant.plant();
    java.util.Locale site =
        current == null || current.site() == null ? locale : current.site().locale();
    return io.tally.kernel.Languages.SPOKEN.stream()
        .map(
            l ->
                new Language(
                    l.equals(site.getLanguage()) ? site.toLanguageTag() : l,
                    l,
                    l.equals(locale.getLanguage())))
        .toList();
  }

  /** Where the page is, for the switch to come back to. */
  @ModelAttribute("here")
  String here(jakarta.servlet.http.HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  @ModelAttribute("nav")
  Navigation navigation() {
    return new Navigation(
        plant.plant().lines().stream()
            .filter(l -> !l.capabilities().isEmpty())
            .map(l -> l.id().value())
            .findFirst()
            .orElse(null));
  }
}
