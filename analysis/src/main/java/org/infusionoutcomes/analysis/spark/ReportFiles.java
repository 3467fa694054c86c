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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportTables;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Writes and reads the files under {@code <out>/reports/}: the CSVs of SPEC §7, {@code
 * summary.json} (every table plus run metadata; the HTML report is rendered from it) and {@code
 * quality.json}. All through Hadoop FS, so {@code hdfs:} and {@code s3a:} outputs work.
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
    Map<String, Long> rows = new LinkedHashMap<>();
    List<Integer> landmarks = data.landmarkDays();
    boolean flags = data.minCellSize() != null;
    rows.put(
        ReportTables.RESPONSE_REMISSION,
        csv(
            conf,
            outputDir,
            ReportTables.RESPONSE_REMISSION,
            flagged(
                ReportTables.responseRemission(data.responseRemission()),
                flags,
                data.responseRemission(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.DURABILITY_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.DURABILITY_SUMMARY,
            flagged(
                ReportTables.survivalSummary(data.durabilitySummary(), landmarks),
                flags,
                data.durabilitySummary(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.DURABILITY_KM,
        csv(
            conf,
            outputDir,
            ReportTables.DURABILITY_KM,
            // with suppression every curve is drawn from coarsened counts (docs/report.md)
            flagged(ReportTables.km(data.durabilityKm()), flags, data.durabilityKm(), r -> true)));
    rows.put(
        ReportTables.TIME_TO_RESPONSE_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.TIME_TO_RESPONSE_SUMMARY,
            flagged(
                ReportTables.survivalSummary(data.timeToResponseSummary(), landmarks),
                flags,
                data.timeToResponseSummary(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.LOGRANK,
        csv(
            conf,
            outputDir,
            ReportTables.LOGRANK,
            flagged(
                ReportTables.logRank(data.logRank()),
                flags,
                data.logRank(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.TRAJECTORY,
        csv(
            conf,
            outputDir,
            ReportTables.TRAJECTORY,
            flagged(
                ReportTables.trajectory(data.trajectory()),
                flags,
                data.trajectory(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.POPULATION_FLOW,
        csv(
            conf,
            outputDir,
            ReportTables.POPULATION_FLOW,
            flagged(
                ReportTables.populationFlow(data.populationFlow()),
                flags,
                data.populationFlow(),
                r -> !r.suppressed().isEmpty())));
    SafetyTables safety = data.safety();
    rows.put(
        ReportTables.VITAL_SIGNS,
        csv(
            conf,
            outputDir,
            ReportTables.VITAL_SIGNS,
            flagged(
                ReportTables.vitalSigns(safety.vitalSigns()),
                flags,
                safety.vitalSigns(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.VITAL_SIGNS_TIMECOURSE,
        csv(
            conf,
            outputDir,
            ReportTables.VITAL_SIGNS_TIMECOURSE,
            flagged(
                ReportTables.vitalSignsTimecourse(safety.vitalSignsTimecourse()),
                flags,
                safety.vitalSignsTimecourse(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.DISSOCIATION,
        csv(
            conf,
            outputDir,
            ReportTables.DISSOCIATION,
            flagged(
                ReportTables.dissociation(safety.dissociation()),
                flags,
                safety.dissociation(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.ADVERSE_EVENTS,
        csv(
            conf,
            outputDir,
            ReportTables.ADVERSE_EVENTS,
            flagged(
                ReportTables.adverseEvents(safety.adverseEvents()),
                flags,
                safety.adverseEvents(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.SUICIDALITY,
        csv(
            conf,
            outputDir,
            ReportTables.SUICIDALITY,
            flagged(
                ReportTables.suicidality(safety.suicidality()),
                flags,
                safety.suicidality(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.SUICIDALITY_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.SUICIDALITY_SUMMARY,
            flagged(
                ReportTables.suicidalitySummary(safety.suicidalitySummary()),
                flags,
                safety.suicidalitySummary(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.TIME_TO_REMISSION_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.TIME_TO_REMISSION_SUMMARY,
            flagged(
                ReportTables.survivalSummary(data.timeToRemissionSummary(), landmarks),
                flags,
                data.timeToRemissionSummary(),
                r -> !r.suppressed().isEmpty())));
    rows.put(
        ReportTables.SUBGROUPS,
        csv(conf, outputDir, ReportTables.SUBGROUPS, ReportTables.subgroups(data.subgroups())));
    rows.put(
        ReportTables.AGREEMENT,
        csv(conf, outputDir, ReportTables.AGREEMENT, ReportTables.agreement(data.agreement())));
    json(conf, new Path(dir(outputDir), SUMMARY), data);
    json(conf, new Path(dir(outputDir), QUALITY), data.quality());
    return rows;
  }

  private static <T> ReportTables.Table flagged(
      ReportTables.Table table, boolean flags, List<T> rows, Predicate<T> suppressed) {
    return flags ? table.withSuppressedColumn(rows.stream().map(suppressed::test).toList()) : table;
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
