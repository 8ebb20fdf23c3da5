package io.tally.plant;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param file the plant file; the built-in reference plant when absent
 */
@ConfigurationProperties("tally.plant")
public record PlantProperties(Path file) {}
