package org.infusionoutcomes.analysis.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportTables;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;
import org.infusionoutcomes.analysis.report.TrajectoryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Writes and reads the files under {@code <out>/reports/}: the CSVs listed in README.md ("What it
 * does"), {@code summary.json} (every table plus run metadata; the HTML report is rendered from it)
 * and {@code quality.json}. All through Hadoop FS, so {@code hdfs:} and {@code s3a:} outputs work.
 */
public final class ReportFiles {
  public static final String SUMMARY = "summary.json";
  public static final String QUALITY = "quality.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private ReportFiles() {}

  /** The reports folder of an output directory. */
  public static Path dir(String outputDir) {
    return new Path(OutputLayout.of(outputDir).reports());
  }

  /**
   * Writes the report CSVs (docs/report.md: the outcome tables, the population flow, the six safety
   * tables, time to remission, subgroups and agreement), {@code summary.json} and {@code
   * quality.json}. With small-cell suppression ({@link ReportData#minCellSize()} set; the data
   * already suppressed) each CSV has the {@code suppressed} column.
   *
   * @return rows written per file
   */
  public static Map<String, Long> write(Configuration conf, String outputDir, ReportData data) {
    List<Integer> landmarks = data.landmarkDays();
    Csvs out = new Csvs(conf, outputDir, data.minCellSize() != null);
    out.flagged(
        ReportTables.RESPONSE_REMISSION,
        data.responseRemission(),
        ReportTables::responseRemission,
        ResponseRemissionRow::suppressed);
    out.flagged(
        ReportTables.DURABILITY_SUMMARY,
        data.durabilitySummary(),
        r -> ReportTables.survivalSummary(r, landmarks),
        SurvivalSummaryRow::suppressed);
    // with suppression every curve is drawn from coarsened counts (docs/report.md)
    out.allFlagged(ReportTables.DURABILITY_KM, ReportTables.km(data.durabilityKm()));
    out.flagged(
        ReportTables.TIME_TO_RESPONSE_SUMMARY,
        data.timeToResponseSummary(),
        r -> ReportTables.survivalSummary(r, landmarks),
        SurvivalSummaryRow::suppressed);
    out.flagged(
        ReportTables.LOGRANK, data.logRank(), ReportTables::logRank, LogRankRow::suppressed);
    out.flagged(
        ReportTables.TRAJECTORY,
        data.trajectory(),
        ReportTables::trajectory,
        TrajectoryRow::suppressed);
    out.flagged(
        ReportTables.POPULATION_FLOW,
        data.populationFlow(),
        ReportTables::populationFlow,
        PopulationFlowRow::suppressed);
    SafetyTables safety = data.safety();
    out.flagged(
        ReportTables.VITAL_SIGNS,
        safety.vitalSigns(),
        ReportTables::vitalSigns,
        VitalSignsRow::suppressed);
    out.flagged(
        ReportTables.VITAL_SIGNS_TIMECOURSE,
        safety.vitalSignsTimecourse(),
        ReportTables::vitalSignsTimecourse,
        VitalSignsTimecourseRow::suppressed);
    out.flagged(
        ReportTables.DISSOCIATION,
        safety.dissociation(),
        ReportTables::dissociation,
        DissociationRow::suppressed);
    out.flagged(
        ReportTables.ADVERSE_EVENTS,
        safety.adverseEvents(),
        ReportTables::adverseEvents,
        AdverseEventRow::suppressed);
    out.flagged(
        ReportTables.SUICIDALITY,
        safety.suicidality(),
        ReportTables::suicidality,
        SuicidalityShiftRow::suppressed);
    out.flagged(
        ReportTables.SUICIDALITY_SUMMARY,
        safety.suicidalitySummary(),
        ReportTables::suicidalitySummary,
        SuicidalitySummaryRow::suppressed);
    out.flagged(
        ReportTables.TIME_TO_REMISSION_SUMMARY,
        data.timeToRemissionSummary(),
        r -> ReportTables.survivalSummary(r, landmarks),
        SurvivalSummaryRow::suppressed);
    out.flagged(
        ReportTables.SUBGROUPS, data.subgroups(), ReportTables::subgroups, SubgroupRow::suppressed);
    out.flagged(
        ReportTables.AGREEMENT,
        data.agreement(),
        ReportTables::agreement,
        AgreementRow::suppressed);
    json(conf, new Path(dir(outputDir), SUMMARY), data);
    json(conf, new Path(dir(outputDir), QUALITY), data.quality());
    return out.rows;
  }

  /** The report CSVs of one output directory, written one by one, and their row counts. */
  private static final class Csvs {
    private final Configuration conf;
    private final String outputDir;
    private final boolean flags;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    /**
     * @param flags whether small-cell suppression applies: then a table that can have suppressed
     *     cells gets the {@code suppressed} column
     */
    Csvs(Configuration conf, String outputDir, boolean flags) {
      this.conf = conf;
      this.outputDir = outputDir;
      this.flags = flags;
    }

    /** Writes {@code name} as it is. */
    void write(String name, ReportTables.Table table) {
      rows.put(name, csv(conf, outputDir, name, table));
    }

    /**
     * Writes the table of {@code data}; with suppression, a row is flagged where {@code suppressed}
     * names any column it emptied.
     */
    <T> void flagged(
        String name,
        List<T> data,
        Function<List<T>, ReportTables.Table> table,
        Function<T, List<String>> suppressed) {
      ReportTables.Table t = table.apply(data);
      write(
          name,
          flags
              ? t.withSuppressedColumn(
                  data.stream().map(r -> !suppressed.apply(r).isEmpty()).toList())
              : t);
    }

    /** Writes {@code table}; with suppression, every row is flagged. */
    void allFlagged(String name, ReportTables.Table table) {
      write(
          name,
          flags
              ? table.withSuppressedColumn(Collections.nCopies(table.rows().size(), true))
              : table);
    }
  }

  /**
   * Creates a file without the Hadoop {@code .crc} checksum file beside it: on the local file
   * system Hadoop would write {@code .name.crc} next to every report file, and the reports folder
   * should hold only what an analyst opens.
   */
  private static OutputStream create(Configuration conf, Path p) throws IOException {
    FileSystem fs = p.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) {
      // a checksum left by an earlier version would no longer match the new content
      Path crc = checksummed.getChecksumFile(p);
      FileSystem raw = checksummed.getRawFileSystem();
      if (raw.exists(crc)) {
        raw.delete(crc, false);
      }
      fs = raw;
    }
    return fs.create(p, true);
  }

  private static long csv(
      Configuration conf, String outputDir, String name, ReportTables.Table table) {
    Path p = new Path(dir(outputDir), name);
    try (OutputStream out = create(conf, p);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSV)) {
      printer.printRecord(table.header());
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw IngestErrors.cannotWrite(p, e);
    }
    return table.rows().size();
  }

  private static void json(Configuration conf, Path p, Object value) {
    try (OutputStream out = create(conf, p)) {
      JSON.writeValue(out, value);
    } catch (IOException e) {
      throw IngestErrors.cannotWrite(p, e);
    }
  }

  /** Writes a file of the reports folder (the HTML report and its assets). */
  public static void writeBytes(
      Configuration conf, String outputDir, String relativePath, byte[] content) {
    Path p = new Path(dir(outputDir), relativePath);
    try (OutputStream out = create(conf, p)) {
      out.write(content);
    } catch (IOException e) {
      throw IngestErrors.cannotWrite(p, e);
    }
  }

  /** Reads {@code summary.json} back (the report stage renders from it). */
  public static ReportData readSummary(Configuration conf, String outputDir) {
    return read(conf, new Path(dir(outputDir), SUMMARY), ReportData.class);
  }

  /** The previous run's {@code quality.json}, or null when there is none. */
  public static QualityReport readQualityIfPresent(Configuration conf, String outputDir) {
    Path p = new Path(dir(outputDir), QUALITY);
    try {
      FileSystem fs = p.getFileSystem(conf);
      return fs.exists(p) ? read(conf, p, QualityReport.class) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(Configuration conf, Path p, Class<T> type) {
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw IngestErrors.cannotRead(p, e);
    }
  }
}
