package io.tally.quality;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quality settings. {@code destructiveClasses}: the classes of nonconformity whose tests destroy
 * the units sampled, so that their sample leaves the lot unless the inspector reports otherwise; by
 * default only {@code critical}.
 */
@ConfigurationProperties("tally.quality")
record QualityProperties(List<String> destructiveClasses) {
  QualityProperties {
    destructiveClasses =
        destructiveClasses == null
            ? List.of("critical")
            : destructiveClasses.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
  }

  boolean destructive(String nonconformityClass) {
    return destructiveClasses.contains(nonconformityClass);
  }
}
