package io.tally.traceability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param companyPrefix the GS1 company prefix for SSCCs (6-12 digits); when absent, derived from
 *     the plant's manufacturer symbol
 * @param extensionDigit the SSCC extension digit (0-9, default 0)
 */
@ConfigurationProperties("tally.traceability")
record TraceabilityProperties(String companyPrefix, Integer extensionDigit) {}
