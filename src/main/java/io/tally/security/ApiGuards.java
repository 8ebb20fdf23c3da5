package io.tally.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is for programs, so a write a browser could be tricked into sending from another site is
 * refused before it is authenticated: a write (POST, PUT, PATCH, DELETE) with an {@code Origin}
 * other than the server's own, or marked {@code Sec-Fetch-Site: cross-site}, is a 403; a write
 * whose body is not JSON, CSV, YAML or XML (a form post, {@code text/plain}) is a 415. A browser
 * can send none of these across sites without the server's consent (CORS), which Tally never gives.
 */
class ApiGuards extends OncePerRequestFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> BODIES =
      Set.of(
          "application/json",
          "text/csv",
          "text/yaml",
          "application/yaml",
          "application/xml",
          "text/xml");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest req) {
    return !WRITES.contains(req.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String origin = req.getHeader("Origin");
    if (origin != null && !origin.equalsIgnoreCase(ownOrigin(req))
        || "cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"))) {
      problem(res, HttpStatus.FORBIDDEN, "the API does not accept writes from another site");
      return;
    }
    String type = req.getContentType();
    if (type != null && !BODIES.contains(mediaType(type))) {
      problem(
          res,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "a write's body is application/json (or text/csv, text/yaml or application/xml where the endpoint says so)");
      return;
    }
    chain.doFilter(req, res);
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * {@code scheme://host[:port]} as the client addressed this server, the default port left out.
   */
  static String ownOrigin(HttpServletRequest req) {
    String scheme = req.getScheme();
    int port = req.getServerPort();
    boolean standard = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme + "://" + req.getServerName() + (standard ? "" : ":" + port);
  }

  /** Writes an RFC 9457 problem; {@code detail} is always a sentence of ours, never input. */
  static void problem(HttpServletResponse res, HttpStatus status, String detail)
      throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + status.getReasonPhrase()
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
