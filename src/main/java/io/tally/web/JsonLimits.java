package io.tally.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reader's limits: a number of more than {@code tally.api.max-number-length} characters
 * (default 100; a long has 20, a decimal Tally stores fewer than 30) and nesting deeper than 64 are
 * refused while parsing, before any number is built. Jackson's builder fixes its stream factory at
 * birth, so the builder is made here and Boot's customizers are applied to it as Boot would.
 */
@Configuration
class JsonLimits {
  @Bean
  @Scope("prototype")
  JsonMapper.Builder jsonMapperBuilder(
      List<JsonMapperBuilderCustomizer> customizers,
      @Value("${tally.api.max-number-length:100}") int maxNumberLength) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(maxNumberLength)
                    .maxNestingDepth(64)
                    .build())
            .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory);
    customizers.forEach(c -> c.customize(builder));
    return builder;
  }
}
