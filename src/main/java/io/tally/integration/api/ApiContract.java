package io.tally.integration.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the served OpenAPI document so that a client generated from it knows how to
 * authenticate and what a refusal looks like: the info and licence, a relative server, HTTP Basic
 * as the security of every operation, a tag per module, a stable {@code operationId} made from the
 * method and the path, a summary and the roles on every operation ({@link OperationDocs}), and the
 * RFC 9457 problem answers each operation can give.
 */
@Component
class ApiContract implements GlobalOpenApiCustomizer {
  static final String SECURITY = "basicAuth";
  static final String PROBLEM = "Problem";

  @Override
  public void customise(OpenAPI api) {
    api.info(
        new Info()
            .title("Tally API")
            .version("1")
            .description(
                "Tally's manufacturing execution API. Authenticate with HTTP Basic (a user and"
                    + " password an ADMIN gave you); each operation names the roles it admits."
                    + " Commands take an optional Idempotency-Key header: sent twice, a command is"
                    + " applied once. Every refusal is an RFC 9457 problem (application/problem+json)"
                    + " whose `field` names the input at fault; nothing is written when a command is"
                    + " refused. Times are ISO 8601 with offsets; ids and codes are stable and"
                    + " language-neutral.")
            .license(new License().name("Proprietary").identifier("LicenseRef-Tally")));
    api.servers(java.util.List.of(new Server().url("/").description("this Tally server")));
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    components.addSecuritySchemes(
        SECURITY,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("A Tally user name and password."));
    components.addSchemas(PROBLEM, problemSchema());
    api.components(components);
    api.security(java.util.List.of(new SecurityRequirement().addList(SECURITY)));

    Map<String, Tag> tags = new TreeMap<>();
    if (api.getPaths() != null) {
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> op :
            path.getValue().readOperationsMap().entrySet()) {
          complete(path.getKey(), op.getKey(), op.getValue());
          for (String t :
              op.getValue().getTags() == null
                  ? java.util.List.<String>of()
                  : op.getValue().getTags()) {
            tags.computeIfAbsent(t, n -> new Tag().name(n).description(Modules.describe(n)));
          }
        }
      }
    }
    api.tags(new java.util.ArrayList<>(tags.values()));
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation op) {
    String id = OperationDocs.operationId(method.name(), path);
    op.operationId(id);
    String summary = OperationTexts.summary(id);
    if (summary != null) {
      op.summary(summary);
    } else if (op.getSummary() != null && !op.getSummary().contains(" on ")) {
      // Not in the table yet (ApiContractTest says so): the method's name and the path.
      op.summary(op.getSummary() + " on " + path.replaceFirst("^/api/", ""));
    }
    String description = OperationTexts.description(id);
    if (description != null
        && (op.getDescription() == null || !op.getDescription().startsWith(description))) {
      op.description(
          op.getDescription() == null ? description : description + "\n\n" + op.getDescription());
    }
    if (op.getParameters() != null) {
      // A header declared by the controller and added for its Idempotency-Key is listed once.
      java.util.Set<String> seen = new java.util.HashSet<>();
      op.getParameters().removeIf(p -> !seen.add(p.getIn() + ":" + p.getName()));
    }
    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    Object example = OperationTexts.example(id);
    if (example != null) {
      for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
        if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
          MediaType json = r.getValue().getContent().get("application/json");
          if (json != null) {
            json.example(example);
          }
        }
      }
    }
    Map<String, String> problems = new LinkedHashMap<>();
    boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    boolean takesInput = writes || (op.getParameters() != null && !op.getParameters().isEmpty());
    if (takesInput) {
      problems.put("400", "The request is not of the right form (JSON, types, an id's pattern).");
    }
    problems.put("401", "No credentials, or wrong ones.");
    problems.put("403", "Your role may not do this.");
    if (path.contains("{")) {
      problems.put("404", "What the path names does not exist.");
    }
    if (writes) {
      problems.put(
          "409", "It conflicts with the current state, or the Idempotency-Key was used before.");
      problems.put("413", "The body is larger than the limit for its kind.");
    }
    if (takesInput) {
      problems.put("422", "A value breaks a rule; `field` names it.");
    }
    problems.put("503", "The database is unreachable; retry after the Retry-After seconds.");
    for (Map.Entry<String, String> p : problems.entrySet()) {
      if (!responses.containsKey(p.getKey())) {
        responses.addApiResponse(p.getKey(), problem(p.getValue()));
      }
    }
    op.responses(responses);
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    ObjectSchema s = new ObjectSchema();
    s.description("An RFC 9457 problem; `field` names the input at fault when there is one.");
    s.addProperty("type", new StringSchema().example("about:blank"));
    s.addProperty("title", new StringSchema().example("Unprocessable Content"));
    s.addProperty("status", new IntegerSchema().example(422));
    s.addProperty("detail", new StringSchema().example("quantity must be a whole number"));
    s.addProperty("instance", new StringSchema().example("/api/execution/runs/R-1/counts"));
    s.addProperty("field", new StringSchema().example("quantity"));
    s.required(java.util.List.of("status", "title"));
    return s;
  }
}
