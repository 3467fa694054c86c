package org.infusionoutcomes.ingest.config;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The settings of the ingest stage (docs/formats.md): the study id for formats that carry none and
 * the share of rejected records that makes a run finish with exit code 3. Immutable and validated
 * when read.
 *
 * @param rejectThreshold share of rejected records above which the run exits with code 3
 * @param studyId study id for formats that carry none, or null
 * @param scaleFiles user scale definition files as written in the configuration (relative to its
 *     folder), which add or override scales for this run
 */
public record IngestSettings(double rejectThreshold, String studyId, List<String> scaleFiles)
    implements Serializable {

  /** The configuration keys this stage reads. */
  public static final Set<String> KEYS = Set.of("reject_threshold", "study_id", "scale_files");

  public IngestSettings {
    scaleFiles = List.copyOf(scaleFiles);
  }

  /** The defaults: a 5 % reject threshold and no study id. */
  public static IngestSettings defaults() {
    return read(FieldReader.empty("<defaults>"));
  }

  /**
   * Reads and validates this stage's keys of a configuration file; other keys are left alone.
   *
   * @throws DefinitionException naming file and key
   */
  public static IngestSettings read(FieldReader r) {
    double rejectThreshold = r.optionalDouble("reject_threshold", 0.0, 1.0, 0.05);
    String studyId = r.optionalText("study_id").orElse(null);
    return new IngestSettings(rejectThreshold, studyId, r.textList("scale_files"));
  }
}
