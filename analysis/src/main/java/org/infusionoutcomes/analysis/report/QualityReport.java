package org.infusionoutcomes.analysis.report;

import java.util.List;
import java.util.Map;

/**
 * {@code quality.json}: counts per rule, a status per check, and what changed since the previous
 * run in the same output directory.
 *
 * @param rejectsByRule rejected records per rule id
 * @param warningsByRule warnings per rule id
 * @param checks the checks, in a fixed order
 * @param changesSinceLastRun per count, the difference to the previous run ({@code null} when there
 *     was none)
 */
public record QualityReport(
    Map<String, Long> rejectsByRule,
    Map<String, Long> warningsByRule,
    List<QualityCheck> checks,
    Map<String, Long> changesSinceLastRun) {}
