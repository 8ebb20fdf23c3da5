package io.tally.integration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed snapshot of the OpenAPI document, from which the build generates the Java client
 * the floor-flow test drives ({@code GeneratedClientFloorFlowTest}), is the document the server
 * serves. After a change to the API, refresh it with {@value #REFRESH} and commit it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiSnapshotTest {
  static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "tally.json");
  static final String REFRESH =
      "./mvnw -B -q test -Dtest=OpenApiSnapshotTest -Dtally.openapi.write=true";

  @Autowired MockMvc mvc;

  @Test
  void theSnapshotTheClientIsGeneratedFromIsTheServedDocument() throws Exception {
    String served =
        mvc.perform(get("/v3/api-docs").with(user("a").roles("AUDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String pretty = pretty(served);
    if (Boolean.getBoolean("tally.openapi.write")) {
      Files.createDirectories(SNAPSHOT.getParent());
      Files.writeString(SNAPSHOT, pretty);
    }
    assertThat(Files.exists(SNAPSHOT)).as("no snapshot; make it with: " + REFRESH).isTrue();
    assertThat(Files.readString(SNAPSHOT))
        .as(SNAPSHOT + " is not the served document; refresh it with: " + REFRESH)
        .isEqualTo(pretty);
  }

  /** Indented, one property a line, so that a change to the API is a readable diff. */
  static String pretty(String json) {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    return mapper.writeValueAsString(mapper.readTree(json)) + "\n";
  }
}
