package io.tally.security;

import io.tally.ledger.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of both chains: a request that met an unreachable database anywhere (signing in
 * looks the user up; a page reads projections) is answered {@code 503} with {@code Retry-After}, a
 * problem for the API and a short page for a browser, instead of the servlet container's {@code
 * 500}. Errors of the API's controllers are answered by the web module's problem mapping first.
 */
class OutageAnswer extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(OutageAnswer.class);
  private final boolean api;

  OutageAnswer(boolean api) {
    this.api = api;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(req, res);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseOutage.isOutage(e) || res.isCommitted()) {
        throw e;
      }
      log.warn("database unreachable, answered 503: {}", e.getMessage());
      res.resetBuffer();
      res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
      res.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (api) {
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Database unavailable\",\"status\":503,"
                    + "\"detail\":\""
                    + DatabaseOutage.DETAIL
                    + "\"}");
      } else {
        res.setContentType(MediaType.TEXT_PLAIN_VALUE);
        res.getWriter().write("Tally cannot reach its database just now. " + DatabaseOutage.DETAIL);
      }
    }
  }
}
