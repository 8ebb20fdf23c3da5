package io.tally.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in knows besides name and password: the client address (for throttling) and the
 * one-time code, from the login form's {@code code} field or the API's {@code X-Tally-OTP} header.
 */
class SignInDetails extends WebAuthenticationDetails {
  static final String OTP_HEADER = "X-Tally-OTP";
  static final String OTP_FIELD = "code";

  private final transient String oneTimeCode;

  SignInDetails(HttpServletRequest request) {
    super(request);
    String header = request.getHeader(OTP_HEADER);
    String code = header != null ? header : request.getParameter(OTP_FIELD);
    this.oneTimeCode = code == null ? null : code.trim();
  }

  String oneTimeCode() {
    return oneTimeCode;
  }

  /** Builds the details for both chains, so HTTP Basic and the form throttle alike. */
  static final class Source
      implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {
    @Override
    public SignInDetails buildDetails(HttpServletRequest request) {
      return new SignInDetails(request);
    }
  }
}
