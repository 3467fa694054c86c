package org.infusionoutcomes.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.jobs.config.JobErrors;

/**
 * The scales of the stored assessments must be scales of this run: a stage run on its own ({@code
 * derive}, {@code analyze}) on data ingested with user scale files needs the same configuration,
 * and says so instead of failing inside a Spark task.
 */
final class StoredScales {
  private StoredScales() {}

  /**
   * @throws DefinitionException naming the assessments table and the unknown scales
   */
  static void requireKnown(SparkSession spark, String outputDir, ScaleRegistry registry) {
    String assessments = OutputLayout.of(outputDir).normalized(OutputLayout.ASSESSMENTS);
    List<String> unknown =
        ParquetTables.read(spark, assessments)
            .select(col("scale"))
            .distinct()
            .collectAsList()
            .stream()
            .map((Row r) -> r.getString(0))
            .filter(id -> registry.byId(id).isEmpty())
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw JobErrors.unknownStoredScales(assessments, unknown);
    }
  }
}
