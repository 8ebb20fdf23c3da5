package io.tally.ledger.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller take {@link Actor} and {@link IdempotencyKey} as plain parameters. The API
 * document shows neither as a parameter of its own; an operation that takes a key shows the
 * optional {@value IdempotencyKey#HEADER} header instead.
 */
@Configuration(proxyBeanMethods = false)
class CommandArguments implements WebMvcConfigurer {
  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, IdempotencyKey.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgument());
    resolvers.add(new IdempotencyKeyArgument());
  }

  @Bean
  OperationCustomizer idempotencyKeyHeader() {
    return (operation, handler) -> {
      boolean takesKey =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.getParameterType() == IdempotencyKey.class);
      if (takesKey) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(IdempotencyKey.HEADER)
                .required(false)
                .description(
                    "sent twice, the command is applied once and answers the same; the same key"
                        + " with another request is a 409")
                .schema(new StringSchema().maxLength(135).pattern("^[\\x21-\\x7E]+$")));
      }
      return operation;
    };
  }
}
