package io.tally.traceability;

import io.tally.plant.PlantService;
import io.tally.traceability.sscc.CompanyPrefix;
import io.tally.traceability.sscc.Sscc;
import org.springframework.stereotype.Component;

/**
 * Gives out SSCCs in serial order: the extension digit and company prefix from configuration (or
 * the manufacturer symbol), the next serial after the highest already recorded. Callers hold the
 * trace lock, so two commands never take the same serial.
 */
@Component
class SsccIssuer {
  private final int extension;
  private final CompanyPrefix prefix;
  private final Units units;

  SsccIssuer(TraceabilityProperties props, PlantService plant, Units units) {
    this.extension = props.extensionDigit() == null ? 0 : props.extensionDigit();
    this.prefix =
        props.companyPrefix() == null || props.companyPrefix().isBlank()
            ? CompanyPrefix.fromSymbol(plant.plant().site().manufacturerSymbol())
            : new CompanyPrefix(props.companyPrefix().trim());
    this.units = units;
  }

  /** The next {@code count} codes, in order. */
  java.util.List<String> next(int count) {
    String start = extension + prefix.digits();
    long last = units.lastIssued(start).map(s -> new Sscc(s).serial(prefix)).orElse(0L);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add(Sscc.of(extension, prefix, last + i).value());
    }
    return out;
  }
}
