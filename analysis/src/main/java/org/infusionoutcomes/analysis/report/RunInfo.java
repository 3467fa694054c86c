package org.infusionoutcomes.analysis.report;

import java.util.List;
import java.util.Map;

/**
 * What the report says about the run itself.
 *
 * @param runId deterministic run id
 * @param toolVersion tool version
 * @param gitCommit git commit of the build
 * @param filesRead input files read
 * @param recordsRead records read
 * @param recordsRejected records rejected
 * @param studies the studies in the data, comma separated
 * @param config the effective configuration, as in the manifest
 * @param scaleDefinitions the scale definitions in force, with their origin and sha256 (null in a
 *     summary written before they were recorded)
 *     <p>The counts are null where small-cell suppression hid them (docs/report.md).
 */
public record RunInfo(
    String runId,
    String toolVersion,
    String gitCommit,
    Long filesRead,
    Long recordsRead,
    Long recordsRejected,
    String studies,
    Map<String, Object> config,
    List<ScaleDefinitionRow> scaleDefinitions) {

  /** Run facts with every count shown and no recorded scale definitions. */
  public RunInfo(
      String runId,
      String toolVersion,
      String gitCommit,
      long filesRead,
      long recordsRead,
      long recordsRejected,
      String studies,
      Map<String, Object> config) {
    this(
        runId,
        toolVersion,
        gitCommit,
        (Long) filesRead,
        (Long) recordsRead,
        (Long) recordsRejected,
        studies,
        config,
        List.of());
  }
}
