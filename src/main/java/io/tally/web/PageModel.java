package io.tally.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page knows of its viewer: the name and roles, so it shows only what they may do. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
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
}
