package io.tally;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares: the clock (so tests can fix time) and property binding. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
class TallyConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
