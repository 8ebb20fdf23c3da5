package io.tally.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a refused sign-in or a revoked account is answered: on the API an RFC 9457 problem (429 with
 * Retry-After for a throttled sign-in); on the pages a redirect to the login page with the reason
 * as a parameter, which the page turns into a sentence.
 */
final class SignInRefusals {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SignInRefusals() {}

  /** 429 Too Many Requests, saying how long to wait, in the header and in the body. */
  static void tooMany(HttpServletResponse res, SignInThrottled e) throws IOException {
    res.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    problem(res, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
  }

  static void problem(HttpServletResponse res, HttpStatus status, String detail)
      throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", detail);
    res.getWriter().write(JSON.writeValueAsString(body));
  }

  /** The login form's failures: back to the form with the reason, never the user's name. */
  static final class LoginPage implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(
        HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
        throws IOException {
      String reason = "";
      if (e instanceof SignInThrottled t) {
        reason = "&wait=" + t.retryAfterSeconds();
      } else if (e instanceof LockedException) {
        reason = "&locked";
      } else if (e instanceof DisabledException) {
        reason = "&disabled";
      }
      res.sendRedirect(req.getContextPath() + "/login?error" + reason);
    }
  }
}
