package io.tally.security;

import io.tally.ledger.Actor;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {
  private final Users users;

  UserController(Users users) {
    this.users = users;
  }

  @GetMapping
  @PreAuthorize(Role.ADMIN_ONLY)
  List<Users.UserView> all() {
    return users.all();
  }

  @PostMapping
  @PreAuthorize(Role.ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  Users.UserView add(
      @RequestBody Users.NewUser request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return users.add(new Actor(principal.getName()), key, request);
  }
}
