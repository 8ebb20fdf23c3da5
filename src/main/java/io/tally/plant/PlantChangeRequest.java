package io.tally.plant;

/**
 * A proposed plant file.
 *
 * @param file the file's name, for the record
 * @param text the whole file (YAML)
 * @param resetStreams why inspection streams whose scheme the change alters should restart on
 *     normal inspection; absent: they keep their severity
 */
public record PlantChangeRequest(String file, String text, String resetStreams) {}
