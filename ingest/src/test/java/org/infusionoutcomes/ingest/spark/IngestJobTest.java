package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.testing.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();
  private static final Map<String, Object> CONFIG = Map.of("test", "defaults");

  @TempDir Path tmp;

  private IngestResult ingest(Path in, Path out) {
    SparkSession spark = SharedSpark.get();
    InputPlan plan =
        InputDiscovery.discover(
            spark.sparkContext().hadoopConfiguration(),
            List.of(in.toString()),
            null,
            null,
            Set.of());
    return IngestJob.run(spark, plan, out.toUri().toString(), CONFIG, REGISTRY);
  }

  @Test
  void genericStudyLandsInCanonicalTablesWithCountsThatAddUp() throws Exception {
    Path in = tmp.resolve("in");
    StringBuilder scores =
        new StringBuilder("study_id,subject_id,instrument,item,score,assessment_date,visit\n");
    for (int item = 1; item <= 9; item++) {
      scores.append("S1,P1,PHQ-9,").append(item).append(",2,2024-01-02,BL\n");
    }
    scores.append("S1,P1,PHQ-9,total,18,2024-01-02,BL\n");
    scores.append("S1,P1,PHQ-9,1,9,2024-01-20,W2\n"); // out of range: rejects that assessment
    scores.append("S1,P2,HAMD,1,2,2024-01-02,BL\n"); // unknown scale
    TempDirs.write(in, "scores.csv", scores.toString());
    TempDirs.write(
        in,
        "infusions.csv",
        "study_id,subject_id,dose_mg_per_kg,infusion_date\nS1,P1,0.5,2024-01-03\nS1,P1,0.5,2024-01-05\n");
    Path out = tmp.resolve("out");

    IngestResult r = ingest(in, out);

    assertThat(r.recordsRead()).isEqualTo(14);
    assertThat(r.recordsRejected()).isEqualTo(2);
    assertThat(r.files())
        .allSatisfy(
            f -> assertThat(f.recordsRead()).isEqualTo(f.recordsAccepted() + f.recordsRejected()));
    assertThat(r.rejectsByRule())
        .containsEntry("item_out_of_range", 1L)
        .containsEntry("unknown_scale", 1L);
    SparkSession spark = SharedSpark.get();
    List<Row> a =
        spark.read().parquet(out.resolve("normalized/assessments").toString()).collectAsList();
    assertThat(a).hasSize(1);
    assertThat(a.get(0).<Double>getAs("total_score")).isEqualTo(18.0);
    assertThat(a.get(0).<String>getAs("total_source")).isEqualTo("items");
    assertThat(spark.read().parquet(out.resolve("normalized/infusions").toString()).count())
        .isEqualTo(2);
    assertThat(spark.read().parquet(out.resolve("normalized/subjects").toString()).count())
        .isEqualTo(1);
    Row reject =
        spark
            .read()
            .parquet(out.resolve("normalized/rejects").toString())
            .filter("rule_id = 'item_out_of_range'")
            .first();
    assertThat(reject.<String>getAs("raw_record")).isEqualTo("S1,P1,PHQ-9,1,9,2024-01-20,W2");
    assertThat(reject.<Long>getAs("source_line")).isEqualTo(12L);
    assertThat(reject.<String>getAs("source_column")).isEqualTo("score");
    assertThat(reject.<String>getAs("run_id")).isEqualTo(r.runId());
  }

  @Test
  void medicationsLandInTheirTableWithTheColumnsDeriveReads() throws Exception {
    Path in = tmp.resolve("in");
    TempDirs.write(
        in,
        "infusions.csv",
        "study_id,subject_id,dose_mg_per_kg,infusion_date\nS1,P1,0.5,2024-01-03\n");
    TempDirs.write(
        in,
        "medications.csv",
        "study_id,subject_id,drug,start_date,end_date,ongoing,dose,unit\n"
            + "S1,P1,lorazepam,2023-11,,Y,1,mg\n"
            + "S1,P1,sertraline,2024-01-02,2024-02,N,50,mg\n"
            + "S1,P1,sertraline,2024-01-02,2024-02,N,50,mg\n"
            + "S1,P1,clonazepam,2024-13-01,,,,\n");
    TempDirs.write(
        in,
        "cm.csv",
        "STUDYID,DOMAIN,USUBJID,CMTRT,CMDECOD,CMSTDTC,CMSTDY,CMENRTPT\n"
            + "S2,CM,P9,Ativan,LORAZEPAM,2024-01-05,3,ONGOING\n");
    Path out = tmp.resolve("out");

    IngestResult r = ingest(in, out);

    assertThat(r.rejectsByRule()).containsEntry("invalid_date", 1L);
    assertThat(r.warningsByRule()).containsEntry("duplicate_identical", 1L);
    var meds = SharedSpark.get().read().parquet(out.resolve("normalized/medications").toString());
    assertThat(meds.schema().apply("start_day").dataType().typeName()).isEqualTo("integer");
    assertThat(meds.schema().apply("ongoing").dataType().typeName()).isEqualTo("boolean");
    List<Row> rows = meds.orderBy("study_id", "drug").collectAsList();
    assertThat(rows)
        .extracting(
            x -> x.<String>getAs("drug"),
            x -> x.<String>getAs("decod"),
            x -> x.<String>getAs("start_date"),
            x -> x.<Integer>getAs("start_day"),
            x -> x.<String>getAs("end_date"),
            x -> x.<Boolean>getAs("ongoing"))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("lorazepam", null, "2023-11", null, null, true),
            org.assertj.core.api.Assertions.tuple(
                "sertraline", null, "2024-01-02", null, "2024-02", false),
            org.assertj.core.api.Assertions.tuple(
                "Ativan", "LORAZEPAM", "2024-01-05", 3, null, true));
    assertThat(rows.get(2).<String>getAs("source_format")).isEqualTo("sdtm-csv");
    assertThat(rows.get(0).<Double>getAs("dose")).isEqualTo(1.0);
  }
}
