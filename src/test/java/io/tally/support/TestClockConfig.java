package io.tally.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with a {@link TestClock}; import it to move time in a test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {
  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock(Instant.parse("2027-03-01T06:00:00Z"));
  }
}
