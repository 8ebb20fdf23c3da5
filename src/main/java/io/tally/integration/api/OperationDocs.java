package io.tally.integration.api;

import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * What each operation says of itself: its module as its tag, a summary made from the controller
 * method's name when it has none, and the roles its {@link PreAuthorize} admits.
 */
@Component
class OperationDocs implements OperationCustomizer {
  private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
  private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  @Override
  public Operation customize(Operation op, HandlerMethod handler) {
    op.setTags(new ArrayList<>(List.of(module(handler.getBeanType()))));
    if (op.getSummary() == null || op.getSummary().isBlank()) {
      op.setSummary(summary(handler.getMethod().getName()));
    }
    Set<String> roles = roles(handler);
    String said = op.getDescription() == null ? "" : op.getDescription().trim() + "\n\n";
    op.setDescription(
        said
            + (roles.isEmpty()
                ? "Any signed-in user."
                : "Roles: " + String.join(", ", roles) + "."));
    return op;
  }

  /** The module a controller belongs to: the package under {@code io.tally}. */
  static String module(Class<?> controller) {
    String[] parts = controller.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "tally";
  }

  /** "reportCount" becomes "Report count". */
  static String summary(String methodName) {
    String words = String.join(" ", WORD.split(methodName)).toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A stable id from the method and the path: POST /api/execution/runs/{run}/end ->
   * postExecutionRunsRunEnd.
   */
  static String operationId(String method, String path) {
    StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    for (String part : path.replaceFirst("^/api/", "/").split("[/{}.-]+")) {
      if (!part.isEmpty()) {
        id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return id.toString();
  }

  private static Set<String> roles(HandlerMethod handler) {
    PreAuthorize rule =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    if (rule == null) {
      rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
    Set<String> roles = new LinkedHashSet<>();
    if (rule != null) {
      Matcher m = ROLE.matcher(rule.value());
      while (m.find()) {
        roles.add(m.group(1));
      }
    }
    return roles;
  }
}
