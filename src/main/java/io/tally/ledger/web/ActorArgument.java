package io.tally.ledger.web;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A controller's {@link Actor} parameter: the signed-in user who sent the request. */
final class ActorArgument implements HandlerMethodArgumentResolver {
  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    // The same authentication @PreAuthorize judges, whichever filter put it there.
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      // Every endpoint names its roles: only an endpoint left open by mistake gets here.
      throw CommandRejected.invalid("user", "sign in first");
    }
    try {
      return new Actor(auth.getName());
    } catch (IllegalArgumentException e) {
      // Resolved before @PreAuthorize runs: a principal the ledger cannot name is refused as
      // a role would be (403), not as bad input. Tally's own users always have such names.
      throw new AccessDeniedException("a user the ledger cannot name may not send commands");
    }
  }
}
