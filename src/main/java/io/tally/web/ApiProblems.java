package io.tally.web;

import io.tally.ledger.CommandRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as an RFC 9457 problem, mapped here once. A user's mistake is a 4xx that
 * names the field; anything else is a 500 without internals, logged with its stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(CommandRejected.class)
  ProblemDetail rejected(CommandRejected e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return problem(status, e.getMessage(), e.field());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ProblemDetail denied(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "your role may not do this", null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "'" + e.getValue() + "' is not a valid " + e.getName(),
        e.getName());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegal(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "an internal error occurred", null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = null;
    String detail = "the request body is not valid JSON for this command";
    if (e.getCause() instanceof DatabindException de && !de.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : de.getPath()) {
        if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      field = path.toString();
      detail = "field '" + field + "' has a value of the wrong type or form";
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail, field));
  }

  static ProblemDetail problem(HttpStatus status, String detail, String field) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    if (field != null) {
      p.setProperty("field", field);
    }
    return p;
  }
}
