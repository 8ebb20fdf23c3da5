package io.tally.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in user against the database on every request, after sign-in and before any role
 * is checked: a disabled or locked user is signed out at once (a page session too), changed roles
 * apply at once, and a user who must change their password may do nothing else until they have.
 * Sessions keep the roles they signed in with; this request uses the current ones.
 */
final class AccountGate extends OncePerRequestFilter {
  static final String PASSWORD_PAGE = "/account/password";
  static final String PASSWORD_API = "/api/account/password";
  private static final List<String> OPEN_WHILE_CHANGING =
      List.of(PASSWORD_PAGE, PASSWORD_API, "/logout", "/css/", "/js/", "/webjars/", "/error");

  private final Function<String, Optional<UserAccounts.Stored>> accounts;
  private final boolean api;

  AccountGate(Function<String, Optional<UserAccounts.Stored>> accounts, boolean api) {
    this.accounts = accounts;
    this.api = api;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    // Only Tally's own sign-ins carry an Account; nothing else can sign in to these chains.
    if (auth == null || !(auth.getPrincipal() instanceof Account signedIn)) {
      chain.doFilter(req, res);
      return;
    }
    Optional<Account> now = accounts.apply(signedIn.getUsername()).map(s -> s.account());
    if (now.isEmpty() || !now.get().isEnabled() || !now.get().isAccountNonLocked()) {
      signOut(req);
      if (api) {
        SignInRefusals.problem(res, HttpStatus.UNAUTHORIZED, "this user is disabled or locked");
      } else {
        res.sendRedirect(req.getContextPath() + "/login?error&revoked");
      }
      return;
    }
    Account current = now.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    var fresh =
        UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
    fresh.setDetails(auth.getDetails());
    context.setAuthentication(fresh);
    SecurityContextHolder.setContext(context);
    if (current.mustChangePassword() && !openWhileChanging(req)) {
      if (api) {
        SignInRefusals.problem(
            res, HttpStatus.FORBIDDEN, "the password must be changed first: POST " + PASSWORD_API);
      } else {
        res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
      }
      return;
    }
    chain.doFilter(req, res);
  }

  private static boolean openWhileChanging(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return OPEN_WHILE_CHANGING.stream().anyMatch(path::startsWith);
  }

  private static void signOut(HttpServletRequest req) {
    SecurityContextHolder.clearContext();
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
