package io.tally.security;

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

/**
 * Two chains: the API (HTTP Basic, stateless, problem bodies for 401 and 403) and the pages (form
 * login). Every endpoint also names its roles with {@code @PreAuthorize}; only health is open.
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
  SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
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
                            problem(res, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, true);
                          }
                        }))
        .addFilterBefore(new AccountGate(accounts::find, true), AuthorizationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, true))
                    .accessDeniedHandler(
                        (req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, FORBIDDEN, false)))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

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
        .logout(l -> l.logoutSuccessUrl("/login?logout"));
    return http.build();
  }

  private static void problem(
      jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String body, boolean basic)
      throws java.io.IOException {
    res.setStatus(status.value());
    if (basic) {
      res.setHeader("WWW-Authenticate", "Basic realm=\"tally\"");
    }
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(body);
  }
}
