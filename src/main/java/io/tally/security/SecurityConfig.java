package io.tally.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Two chains: the API (HTTP Basic, stateless, problem bodies for 401 and 403) and the pages (form
 * login). Every endpoint also names its roles with {@code @PreAuthorize}; only health is open, and
 * the metrics (Prometheus) are for auditors and admins.
 *
 * <p>The API's 401 carries no {@code WWW-Authenticate: Basic} challenge: programs send their
 * credentials with the first request, and a browser that is never challenged never caches them, so
 * another site cannot ride on them. Writes from another site and bodies past their limit are
 * refused before authentication ({@link ApiGuards}, {@link BodyLimit}).
 */
@Configuration
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {
  private static final String UNAUTHORIZED =
      "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"sign in with HTTP Basic\"}";
  private static final String FORBIDDEN =
      "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"your role may not do this\"}";

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      UserAccounts accounts,
      @Value("${tally.api.max-json-body:1MB}") DataSize maxJson,
      @Value("${tally.api.max-csv-body:10MB}") DataSize maxCsv)
      throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
        .addFilterBefore(new ApiGuards(), BasicAuthenticationFilter.class)
        .addFilterBefore(new OutageAnswer(true), ApiGuards.class)
        .addFilterAfter(new BodyLimit(maxJson.toBytes(), maxCsv.toBytes()), ApiGuards.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            b ->
                b.authenticationDetailsSource(new SignInDetails.Source())
                    .authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (ex instanceof SignInThrottled t) {
                            SignInRefusals.tooMany(res, t);
                          } else {
                            problem(res, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
                          }
                        }))
        .addFilterBefore(new AccountGate(accounts::find, true), AuthorizationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED, UNAUTHORIZED))
                    .accessDeniedHandler(
                        (req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, FORBIDDEN)))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /**
   * Pages run only scripts and styles served by Tally itself: text a person typed (a supplier name,
   * an order id) cannot become code even where a page would fail to escape it.
   */
  static final String PAGES_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The API explorer (Swagger UI) inserts style elements at run time; it shows no text a person
   * typed into Tally, so it alone may have inline styles. Scripts stay Tally's own files.
   */
  static final String EXPLORER_CSP =
      PAGES_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher EXPLORER =
      request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui");
      };

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .authenticationDetailsSource(new SignInDetails.Source())
                    .failureHandler(new SignInRefusals.LoginPage())
                    .permitAll())
        .addFilterBefore(new AccountGate(accounts::find, false), AuthorizationFilter.class)
        .addFilterBefore(new OutageAnswer(false), UsernamePasswordAuthenticationFilter.class)
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .headers(
            h ->
                h.addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(EXPLORER),
                            new ContentSecurityPolicyHeaderWriter(PAGES_CSP)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            EXPLORER, new ContentSecurityPolicyHeaderWriter(EXPLORER_CSP)))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static void problem(
      jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String body)
      throws java.io.IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(body);
  }
}
