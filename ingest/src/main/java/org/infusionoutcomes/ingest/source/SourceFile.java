package org.infusionoutcomes.ingest.source;

import java.io.Serializable;

/**
 * One input file of a run.
 *
 * @param path the file as a Hadoop URI ({@code file:/...}, {@code hdfs://...})
 * @param relativePath path relative to the input root; files are ordered by it
 * @param order position in the run's input order
 * @param format detected (or forced) format
 * @param defaultStudyId study id for formats that carry none: config {@code study_id}, else the
 *     name of the folder holding the file
 * @param mapping the user mapping file that applies to this file, or null
 */
public record SourceFile(
    String path,
    String relativePath,
    int order,
    SourceFormat format,
    String defaultStudyId,
    MappingRef mapping)
    implements Serializable {

  /** An {@link Origin} for a record of this file. */
  public Origin origin(long line, String rawRecord) {
    return new Origin(order, path, line, format, rawRecord);
  }
}
