package io.tally.ledger.web;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A controller's {@link IdempotencyKey} parameter: the API's header, else the form field a page
 * sends (pages cannot set headers on a plain form post); {@link IdempotencyKey#NONE} when both are
 * absent or blank. A key of the wrong form is refused naming where it came from.
 */
final class IdempotencyKeyArgument implements HandlerMethodArgumentResolver {
  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == IdempotencyKey.class;
  }

  @Override
  public IdempotencyKey resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    String header = request.getHeader(IdempotencyKey.HEADER);
    if (header != null && !header.isBlank()) {
      return key(IdempotencyKey.HEADER, header);
    }
    String field = request.getParameter(IdempotencyKey.FORM_FIELD);
    if (field != null && !field.isBlank()) {
      return key(IdempotencyKey.FORM_FIELD, field);
    }
    return IdempotencyKey.NONE;
  }

  private static IdempotencyKey key(String source, String value) {
    try {
      return new IdempotencyKey(value);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(source, e.getMessage());
    }
  }
}
