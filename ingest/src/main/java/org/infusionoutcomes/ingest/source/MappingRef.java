package org.infusionoutcomes.ingest.source;

import java.io.Serializable;

/**
 * A user mapping file as shipped to the readers: its path (for messages) and its text. The driver
 * reads mapping files once; executors parse the text, so readers never open a second file.
 *
 * @param file the mapping file's path
 * @param text its YAML or JSON content
 */
public record MappingRef(String file, String text) implements Serializable {}
