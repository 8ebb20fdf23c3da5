package io.tally.input;

import io.tally.kernel.CommandRejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * A page form's command, run where the page is drawn again: its outcome ({@code message}) or its
 * refusal ({@code error}, naming the {@code errorField}) goes into the model beside the form that
 * sent it ({@code messageFor}, {@code errorFor}). Every page that handles its own refusals shows
 * them this way, with the same status as the API's problem for the same refusal.
 */
public final class FormOutcome {
  private FormOutcome() {}

  /** Runs the command and shows its outcome; answers the refusal's status to the form post. */
  public static void answer(
      Model model, HttpServletResponse response, String form, Supplier<String> command) {
    CommandRejected refused = show(model, form, command);
    if (refused != null) {
      response.setStatus(status(refused));
    }
  }

  /** Runs the command and shows its outcome; returns its refusal, if it was refused. */
  public static @Nullable CommandRejected show(Model model, String form, Supplier<String> command) {
    try {
      model.addAttribute("message", command.get());
      model.addAttribute("messageFor", form);
      return null;
    } catch (CommandRejected e) {
      model.addAttribute("errorFor", form);
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.getMessage());
      return e;
    }
  }

  /** The HTTP status of a refusal: 404 not found, 409 conflict, else 422. */
  public static int status(CommandRejected e) {
    return switch (e.kind()) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INVALID -> 422;
    };
  }
}
