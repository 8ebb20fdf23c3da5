package io.tally.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * For a {@code @WebMvcTest} slice: the roles every endpoint names with {@code @PreAuthorize},
 * checked as in the application. A slice has no filter chain, so a refused role reaches an API test
 * as the 403 problem the API answers and a page test as the {@code AccessDeniedException} the
 * application's chain turns into a 403; the chains themselves are walked by {@code
 * EndpointSecurityTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SliceSecurity {}
