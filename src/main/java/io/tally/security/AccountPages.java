package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's password page. A user who must change their password (the first admin, or
 * after an ADMIN's reset) is sent here by the {@link AccountGate} until they have.
 */
@Controller
class AccountPages {
  private final Passwords passwords;

  AccountPages(Passwords passwords) {
    this.passwords = passwords;
  }

  @GetMapping(AccountGate.PASSWORD_PAGE)
  @PreAuthorize(Role.ANY)
  String form(Actor actor, Model model) {
    return page(actor, model);
  }

  @PostMapping(AccountGate.PASSWORD_PAGE)
  @PreAuthorize(Role.ANY)
  String change(
      IdempotencyKey key,
      @RequestParam(required = false) String oldPassword,
      @RequestParam(required = false) String newPassword,
      @RequestParam(required = false) String repeat,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    try {
      if (newPassword == null || !newPassword.equals(repeat)) {
        throw CommandRejected.invalid("repeat", "the two new passwords differ");
      }
      passwords.changeOwn(actor, key.value(), oldPassword, newPassword);
      return "redirect:/";
    } catch (CommandRejected e) {
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.getMessage());
      response.setStatus(422);
      return page(actor, model);
    }
  }

  private String page(Actor actor, Model model) {
    model.addAttribute("mustChange", passwords.mustChange(actor.name()));
    return "account/password";
  }
}
