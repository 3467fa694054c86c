package org.infusionoutcomes.transform.spark;

import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.ASSESSMENT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.INFUSION;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.SUBJECT;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.COURSE;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.FACTORS;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.OUTCOME;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.TTE_ROW;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.VISIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.CachedTables;
import org.infusionoutcomes.ingest.spark.CachedTables.Table;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.SubjectDerivation;
import org.infusionoutcomes.transform.derive.SubjectDeriver;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.derive.factors.Benzodiazepines;
import org.infusionoutcomes.transform.derive.factors.CourseFactorBuilder;
import org.infusionoutcomes.transform.derive.factors.CourseFactorRules;
import org.infusionoutcomes.transform.derive.factors.CourseFactors;
import org.infusionoutcomes.transform.derive.factors.MedicationEntry;
import org.infusionoutcomes.transform.derive.factors.VitalReading;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derive stage (docs/definitions.md): reads the canonical {@code assessments} and {@code
 * infusions}, groups them by (study, subject), runs {@link SubjectDeriver} on each group and writes
 * {@code courses}, {@code visit_outcomes}, {@code course_outcomes}, {@code tte} and {@code
 * course_factors} (with the subjects and, when present, the medications and vital signs tables)
 * under {@code <out>/derived/}. Row-level data stays on the executors.
 */
public final class DeriveJob {
  private static final Logger LOG = LoggerFactory.getLogger(DeriveJob.class);
  private static final RecordRowCodec<DeriveInput> INPUT = RecordRowCodec.exact(DeriveInput.class);

  /** The columns of {@code normalized/medications} the course factors read, by name. */
  private static final Map<String, String> MEDICATION_COLUMNS =
      columns(
          "study_id", "string",
          "subject_id", "string",
          "drug", "string",
          "decod", "string",
          "start_date", "string",
          "start_day", "int",
          "end_date", "string",
          "end_day", "int",
          "ongoing", "boolean");

  /** The columns of {@code normalized/vital_signs} the course factors read, by name. */
  private static final Map<String, String> VITAL_COLUMNS =
      columns(
          "study_id", "string",
          "subject_id", "string",
          "test", "string",
          "value", "double",
          "day", "int");

  private static Map<String, String> columns(String... nameType) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameType.length; i += 2) {
      m.put(nameType[i], nameType[i + 1]);
    }
    return m;
  }

  private DeriveJob() {}

  /**
   * Runs the derive stage on an output directory that holds the canonical tables.
   *
   * @return rows written per derived table
   */
  public static Map<String, Long> run(
      SparkSession spark,
      String outputDir,
      DeriveSettings config,
      FactorSettings factorSettings,
      ScaleRegistry registry) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> assessments =
        StageTables.read(spark, layout.normalized(OutputLayout.ASSESSMENTS), ASSESSMENT);
    Dataset<Row> infusions =
        StageTables.read(spark, layout.normalized(OutputLayout.INFUSIONS), INFUSION);
    // Rows become records, are grouped by subject as rows, and become records again only inside the
    // task that derives one subject.
    JavaRDD<DeriveInput> inputs =
        assessments
            .javaRDD()
            .map(r -> DeriveInput.of(ASSESSMENT.fromRow(r)))
            .union(infusions.javaRDD().map(r -> DeriveInput.of(INFUSION.fromRow(r))))
            .union(
                StageTables.read(spark, layout.normalized(OutputLayout.SUBJECTS), SUBJECT)
                    .javaRDD()
                    .map(r -> DeriveInput.of(SUBJECT.fromRow(r))));
    Set<String> medicationStudies = new HashSet<>();
    Set<String> vitalStudies = new HashSet<>();
    String medicationsPath = layout.normalized(OutputLayout.MEDICATIONS);
    if (StageTables.exists(spark, medicationsPath)) {
      Dataset<Row> meds = byName(ParquetTables.read(spark, medicationsPath), MEDICATION_COLUMNS);
      medicationStudies.addAll(studies(meds));
      inputs = inputs.union(meds.javaRDD().map(DeriveJob::medication));
    }
    String vitalsPath = layout.normalized(OutputLayout.VITAL_SIGNS);
    if (StageTables.exists(spark, vitalsPath)) {
      Dataset<Row> vitals =
          byName(ParquetTables.read(spark, vitalsPath), VITAL_COLUMNS)
              .filter(
                  functions
                      .upper(functions.col("test"))
                      .isin("WEIGHT", "HEIGHT", "BMI")
                      .and(functions.col("value").isNotNull())
                      .and(functions.col("day").isNotNull()));
      vitalStudies.addAll(studies(vitals));
      inputs = inputs.union(vitals.javaRDD().map(DeriveJob::vital));
    }
    SubjectDeriver deriver = new SubjectDeriver(config, registry);
    CourseFactorBuilder factorBuilder =
        new CourseFactorBuilder(
            new CourseFactorRules(factorSettings), registry, Benzodiazepines.shipped());
    try (CachedTables tables =
        CachedTables.ofRecordGroups(
            spark,
            inputs,
            INPUT,
            in -> in.studyId() + '\u0000' + in.subjectId(),
            group -> deriveSubject(deriver, factorBuilder, medicationStudies, vitalStudies, group),
            new Table<DerivedSubject, Course>(
                OutputLayout.COURSES, COURSE, d -> d.derivation().courses().iterator()),
            new Table<DerivedSubject, VisitOutcome>(
                OutputLayout.VISIT_OUTCOMES, VISIT, d -> d.derivation().visitOutcomes().iterator()),
            new Table<DerivedSubject, CourseOutcome>(
                OutputLayout.COURSE_OUTCOMES,
                OUTCOME,
                d -> d.derivation().courseOutcomes().iterator()),
            new Table<DerivedSubject, TteRecord>(
                OutputLayout.TTE, TTE_ROW, d -> d.derivation().tte().iterator()),
            new Table<DerivedSubject, CourseFactors>(
                OutputLayout.COURSE_FACTORS, FACTORS, d -> d.factors().iterator()))) {
      return StageTables.writeDerived(
          tables,
          layout,
          LOG,
          "derive: deriving courses, baselines, endpoints and time-to-event rows",
          "derive: {} course(s), {} course outcome(s), {} time-to-event row(s)",
          OutputLayout.COURSES,
          OutputLayout.COURSE_OUTCOMES,
          OutputLayout.TTE);
    }
  }

  private static DerivedSubject deriveSubject(
      SubjectDeriver deriver,
      CourseFactorBuilder factorBuilder,
      Set<String> medicationStudies,
      Set<String> vitalStudies,
      Iterable<DeriveInput> rows) {
    List<Assessment> assessments = new ArrayList<>();
    List<Infusion> infusions = new ArrayList<>();
    List<MedicationEntry> medications = new ArrayList<>();
    List<VitalReading> vitals = new ArrayList<>();
    Subject subject = null;
    String studyId = null;
    for (DeriveInput in : rows) {
      studyId = in.studyId();
      if (in.assessment() != null) {
        assessments.add(in.assessment());
      } else if (in.infusion() != null) {
        infusions.add(in.infusion());
      } else if (in.subject() != null) {
        subject = in.subject();
      } else if (in.medication() != null) {
        medications.add(in.medication());
      } else if (in.vital() != null) {
        vitals.add(in.vital());
      }
    }
    if (assessments.isEmpty() && infusions.isEmpty()) {
      // A subjects/medications/vitals row without any assessment or infusion: nothing to derive.
      return new DerivedSubject(SubjectDerivation.empty(), List.of());
    }
    SubjectDerivation d = deriver.derive(assessments, infusions);
    List<CourseFactors> factors =
        factorBuilder.build(
            subject,
            infusions,
            d,
            medicationStudies.contains(studyId) ? Optional.of(medications) : Optional.empty(),
            vitalStudies.contains(studyId) ? Optional.of(vitals) : Optional.empty());
    return new DerivedSubject(d, factors);
  }

  /** The named columns, a null column where the table has none (optional columns). */
  private static Dataset<Row> byName(Dataset<Row> table, Map<String, String> columns) {
    Set<String> present = new HashSet<>(Arrays.asList(table.columns()));
    List<Column> cols = new ArrayList<>();
    columns.forEach(
        (name, type) ->
            cols.add(
                (present.contains(name) ? functions.col(name) : functions.lit(null))
                    .cast(type)
                    .as(name)));
    return table.select(cols.toArray(Column[]::new));
  }

  private static List<String> studies(Dataset<Row> table) {
    return table.select("study_id").distinct().collectAsList().stream()
        .map(r -> r.getString(0))
        .toList();
  }

  private static DeriveInput medication(Row r) {
    return DeriveInput.of(
        r.getString(0),
        r.getString(1),
        new MedicationEntry(
            r.getString(3),
            r.getString(2),
            null,
            r.getString(4),
            r.isNullAt(5) ? null : r.getInt(5),
            r.getString(6),
            r.isNullAt(7) ? null : r.getInt(7),
            !r.isNullAt(8) && r.getBoolean(8)));
  }

  private static DeriveInput vital(Row r) {
    return DeriveInput.of(
        r.getString(0),
        r.getString(1),
        new VitalReading(
            r.getString(2).trim().toUpperCase(Locale.ROOT), r.getDouble(3), r.getInt(4)));
  }
}
