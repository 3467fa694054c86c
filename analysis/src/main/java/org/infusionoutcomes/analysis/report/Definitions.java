package org.infusionoutcomes.analysis.report;

import java.util.Map;

/**
 * The definitions behind the numbers, printed next to them.
 *
 * @param response response criterion, e.g. {@code >= 50% reduction from baseline}
 * @param remissionByScale remission criterion per scale, e.g. {@code MADRS total <= 10}
 * @param relapse the relapse rule in force, with confirmations and retreatment handling
 * @param confidenceIntervals how intervals are computed (Wilson for rates, KM CI type)
 * @param endpoints the OC / LOCF / NRI definitions in one sentence each
 */
public record Definitions(
    String response,
    Map<String, String> remissionByScale,
    String relapse,
    String confidenceIntervals,
    Map<String, String> endpoints) {}
