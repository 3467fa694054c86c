package org.infusionoutcomes.ingest.read;

import java.io.Serializable;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;

/**
 * What a reader needs besides the file itself.
 *
 * @param registry the scales of this run
 */
public record ReadContext(ScaleRegistry registry) implements Serializable {}
