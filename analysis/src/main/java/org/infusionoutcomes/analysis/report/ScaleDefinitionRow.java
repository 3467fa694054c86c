package org.infusionoutcomes.analysis.report;

import java.util.List;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.scale.ScaleSource;

/**
 * One scale definition in force for the run, as the report lists it: where it came from, its sha256
 * (as in the run manifest) and the values that shape the numbers.
 *
 * @param id canonical scale id
 * @param version definition version
 * @param name full name
 * @param origin {@code shipped} or {@code scale_files}
 * @param file the shipped resource or the user's file
 * @param sha256 sha256 of the definition file's bytes
 * @param overridesShipped whether a user's file replaced the shipped definition
 * @param items number of scored items
 * @param totalMin lowest total
 * @param totalMax highest total
 * @param maxMissingItems items that may be missing and the total still prorated
 * @param responseFraction the definition's default response fraction
 * @param remissionMax the definition's default remission cut-off
 * @param relapseThreshold the definition's default relapse threshold
 */
public record ScaleDefinitionRow(
    String id,
    String version,
    String name,
    String origin,
    String file,
    String sha256,
    boolean overridesShipped,
    int items,
    double totalMin,
    double totalMax,
    int maxMissingItems,
    double responseFraction,
    double remissionMax,
    double relapseThreshold) {

  /** One row per scale of {@code registry} whose origin is known, ordered by scale id. */
  public static List<ScaleDefinitionRow> of(ScaleRegistry registry) {
    return registry.sources().stream()
        .map(src -> of(registry.byId(src.scaleId()).orElseThrow(), src))
        .toList();
  }

  private static ScaleDefinitionRow of(ScaleDefinition d, ScaleSource src) {
    return new ScaleDefinitionRow(
        d.id(),
        d.version(),
        d.name(),
        src.origin(),
        src.file(),
        src.sha256(),
        src.overridesShipped(),
        d.itemCount(),
        d.totalMin(),
        d.totalMax(),
        d.maxMissingItems(),
        d.responseFraction(),
        d.remissionMax(),
        d.relapseThreshold());
  }
}
