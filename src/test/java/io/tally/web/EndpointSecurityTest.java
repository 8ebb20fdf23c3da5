package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.tally.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint Tally declares: each names its roles; anonymous callers get 401 on the API
 * (the sign-in page on pages); a role the endpoint does not admit gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EndpointSecurityTest {
  private static final Pattern ROLE = Pattern.compile("'([A-Z]+)'");
  private static final List<String> OPEN = List.of("/login");

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Endpoint(HttpMethod method, String path, HandlerMethod handler, MediaType consumes) {
    boolean isApi() {
      return path.startsWith("/api/");
    }

    MockHttpServletRequestBuilder request() {
      MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(method, path);
      if (method == HttpMethod.POST || method == HttpMethod.PUT) {
        b =
            b.contentType(consumes)
                .content(consumes.equals(MediaType.APPLICATION_JSON) ? "{}" : "x");
      }
      return b.with(csrf());
    }

    String rule() {
      PreAuthorize p = handler.getMethodAnnotation(PreAuthorize.class);
      return p == null ? null : p.value();
    }
  }

  List<Endpoint> endpoints() {
    List<Endpoint> out = new ArrayList<>();
    for (var e : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod h = e.getValue();
      if (!h.getBeanType().getPackageName().startsWith("io.tally")) {
        continue;
      }
      RequestMappingInfo info = e.getKey();
      for (String pattern : info.getPatternValues()) {
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        var methods = info.getMethodsCondition().getMethods();
        for (var m :
            methods.isEmpty()
                ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                : methods) {
          MediaType consumes =
              info.getConsumesCondition().getConsumableMediaTypes().stream()
                  .findFirst()
                  .orElse(MediaType.APPLICATION_JSON);
          out.add(new Endpoint(HttpMethod.valueOf(m.name()), path, h, consumes));
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(10);
    return out;
  }

  @Test
  void everyEndpointNamesItsRoles() {
    for (Endpoint e : endpoints()) {
      if (OPEN.contains(e.path())) {
        continue;
      }
      assertThat(e.rule()).as("%s %s has no @PreAuthorize", e.method(), e.path()).isNotBlank();
    }
  }

  @Test
  void anonymousCallersAreTurnedAway() throws Exception {
    for (Endpoint e : endpoints()) {
      if (OPEN.contains(e.path())) {
        continue;
      }
      var response = mvc.perform(e.request()).andReturn().getResponse();
      if (e.isApi()) {
        assertThat(response.getStatus()).as("%s %s", e.method(), e.path()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
      } else {
        assertThat(response.getStatus()).as("%s %s", e.method(), e.path()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
      }
    }
  }

  @Test
  void aRoleTheEndpointDoesNotAdmitGets403() throws Exception {
    int checked = 0;
    for (Endpoint e : endpoints()) {
      String rule = e.rule();
      if (rule == null || !rule.contains("Role")) {
        continue;
      }
      List<String> admitted = new ArrayList<>();
      Matcher m = ROLE.matcher(rule);
      while (m.find()) {
        admitted.add(m.group(1));
      }
      for (Role role : Role.values()) {
        var response =
            mvc.perform(e.request().with(user("tester").roles(role.name())))
                .andReturn()
                .getResponse();
        String what = e.method() + " " + e.path() + " as " + role;
        if (admitted.contains(role.name())) {
          assertThat(response.getStatus()).as(what).isNotIn(401, 403, 500);
        } else {
          assertThat(response.getStatus()).as(what).isEqualTo(403);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void healthIsOpenForProbes() throws Exception {
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(Arrays.asList(Role.values())).hasSize(6);
  }
}
