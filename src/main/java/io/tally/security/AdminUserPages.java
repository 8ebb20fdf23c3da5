package io.tally.security;

import io.tally.input.FormOutcome;
import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/users}: every user with roles and state, and for the ADMIN forms to disable,
 * enable, unlock, set roles and reset a password, through the same services as the API and the CLI.
 * Each form carries an idempotency key made when it is drawn, so a form sent twice takes effect
 * once.
 */
@Controller
class AdminUserPages {
  private final Users users;
  private final UserAdministration admin;
  private final Passwords passwords;

  AdminUserPages(Users users, UserAdministration admin, Passwords passwords) {
    this.users = users;
    this.admin = admin;
    this.passwords = passwords;
  }

  @GetMapping("/admin/users")
  @PreAuthorize(Role.ADMIN_ONLY)
  String list(Model model) {
    return page(model);
  }

  @PostMapping("/admin/users/{name}/disable")
  @PreAuthorize(Role.ADMIN_ONLY)
  String disable(
      @PathVariable String name,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(name, response, model, () -> state(admin.disable(actor, key.value(), name)));
  }

  @PostMapping("/admin/users/{name}/enable")
  @PreAuthorize(Role.ADMIN_ONLY)
  String enable(
      @PathVariable String name,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(name, response, model, () -> state(admin.enable(actor, key.value(), name)));
  }

  @PostMapping("/admin/users/{name}/unlock")
  @PreAuthorize(Role.ADMIN_ONLY)
  String unlock(
      @PathVariable String name,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(name, response, model, () -> state(admin.unlock(actor, key.value(), name)));
  }

  @PostMapping("/admin/users/{name}/roles")
  @PreAuthorize(Role.ADMIN_ONLY)
  String roles(
      @PathVariable String name,
      IdempotencyKey key,
      @RequestParam(required = false) List<String> roles,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(name, response, model, () -> state(admin.setRoles(actor, key.value(), name, roles)));
  }

  @PostMapping("/admin/users/{name}/password")
  @PreAuthorize(Role.ADMIN_ONLY)
  String password(
      @PathVariable String name,
      IdempotencyKey key,
      @RequestParam(required = false) String password,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        name,
        response,
        model,
        () -> {
          var changed = passwords.reset(actor, key.value(), name, password);
          return "Password of "
              + name
              + " set"
              + (changed.mustChange() ? "; " + name + " must change it at the next sign-in." : ".");
        });
  }

  private static String state(Users.UserView u) {
    return u.name()
        + " is now "
        + (u.enabled() ? "enabled" : "disabled")
        + (u.locked() ? " and locked" : "")
        + ", with roles "
        + String.join(", ", u.roles())
        + ".";
  }

  /** Runs a command and draws the page again with its outcome beside the user it was about. */
  private String act(
      String name, HttpServletResponse response, Model model, Supplier<String> command) {
    FormOutcome.answer(model, response, name, command);
    model.addAttribute("about", name);
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("allRoles", List.of(Role.values()));
    return "admin/users";
  }
}
