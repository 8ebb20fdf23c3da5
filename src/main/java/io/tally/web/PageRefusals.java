package io.tally.web;

import io.tally.input.FormOutcome;
import io.tally.kernel.CommandRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A command a page refuses before its controller runs (a hand-made form whose idempotency key
 * breaks its form, say) is the person's mistake, not the server's: a 4xx naming the field, as plain
 * text so nothing of the input can become markup. Pages handle their own refusals in place; this
 * only catches what reaches no page. The API's own advice ({@link ApiProblems}) comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRefusals {
  @ExceptionHandler(CommandRejected.class)
  ResponseEntity<String> rejected(CommandRejected e) {
    return ResponseEntity.status(FormOutcome.status(e))
        .contentType(MediaType.TEXT_PLAIN)
        .body("Refused: " + e.field() + ": " + e.getMessage());
  }
}
