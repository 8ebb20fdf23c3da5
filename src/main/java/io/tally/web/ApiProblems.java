package io.tally.web;

import io.tally.input.BodyTooLarge;
import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.DatabaseOutage;
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
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem, mapped here once. A user's mistake is a 4xx that
 * names the field; a database that cannot be reached is a 503 with {@code Retry-After}; anything
 * else is a 500 without internals, logged with its stack trace. A value of the wrong form (not
 * JSON, a wrong type, an id or a text that breaks its {@link io.tally.input.Forms form}) is a 400;
 * a rule the command breaks is a 422. An answer quotes input only as a short prefix and is never
 * longer than {@value #DETAIL_MAX} characters of detail.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  static final int DETAIL_MAX = 500;

  private final ProblemTexts texts;

  ApiProblems(org.springframework.beans.factory.ObjectProvider<ProblemTexts> texts) {
    // A web slice test has no bundles' index: its details stay as the rules wrote them.
    this.texts = texts.getIfAvailable(ProblemTexts::english);
  }

  @ExceptionHandler(CommandRejected.class)
  ProblemDetail rejected(CommandRejected e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return problem(status, texts.localize(e.getMessage()), e.field());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ProblemDetail denied(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, texts.localize("your role may not do this"), null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        texts.localize("'" + Forms.echo(e.getValue()) + "' is not a valid " + e.getName()),
        e.getName());
  }

  @ExceptionHandler(BodyTooLarge.class)
  ProblemDetail tooLarge(BodyTooLarge e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, texts.localize(e.getMessage()), null);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegal(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, texts.localize(e.getMessage()), null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseOutage.isOutage(e)) {
      log.warn("database unreachable, answered 503: {}", e.getMessage());
      return outage();
    }
    log.error("unexpected error", e);
    return ResponseEntity.internalServerError()
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                texts.localize("an internal error occurred"),
                null));
  }

  /** The database cannot be reached: 503, Retry-After, a problem that says so (never a 500). */
  static ResponseEntity<ProblemDetail> outage() {
    ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL, null);
    p.setTitle("Database unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
        .body(p);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
      }
    }
    String field = JsonFault.field(e.getCause());
    String detail;
    if (JsonFault.pastALimit(e.getCause())) {
      detail = "the request body breaks a limit of its form (number length, nesting, name length)";
    } else if (field != null) {
      detail = "field '" + Forms.echo(field) + "' has a value of the wrong type or form";
    } else {
      detail = "the request body is not valid JSON for this command";
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, texts.localize(detail), field));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldError error = e.getBindingResult().getFieldError();
    String field = error == null ? e.getParameter().getParameterName() : error.getField();
    String message = error == null ? "is not valid" : error.getDefaultMessage();
    return invalid(field, message);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (ParameterValidationResult r : e.getParameterValidationResults()) {
      if (r instanceof ParameterErrors pe && pe.getFieldError() != null) {
        return invalid(pe.getFieldError().getField(), pe.getFieldError().getDefaultMessage());
      }
      if (!r.getResolvableErrors().isEmpty()) {
        return invalid(
            r.getMethodParameter().getParameterName(),
            r.getResolvableErrors().get(0).getDefaultMessage());
      }
    }
    return invalid(null, "the request is not valid");
  }

  private ResponseEntity<Object> invalid(String field, String message) {
    String detail = field == null ? message : field + " " + message;
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, texts.localize(detail), field));
  }

  static ProblemDetail problem(HttpStatus status, String detail, String field) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            status, detail == null ? null : Forms.prefix(detail, DETAIL_MAX));
    if (field != null) {
      p.setProperty("field", Forms.echo(field));
    }
    return p;
  }
}
