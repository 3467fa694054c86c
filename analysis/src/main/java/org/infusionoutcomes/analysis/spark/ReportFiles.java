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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportTables;
import org.infusionoutcomes.ingest.layout.OutputLayout;

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
   * Writes the nine CSVs, {@code summary.json} and {@code quality.json}.
   *
   * @return rows written per file
   */
  public static Map<String, Long> write(Configuration conf, String outputDir, ReportData data) {
    Map<String, Long> rows = new LinkedHashMap<>();
    List<Integer> landmarks = data.landmarkDays();
    rows.put(
        ReportTables.RESPONSE_REMISSION,
        csv(
            conf,
            outputDir,
            ReportTables.RESPONSE_REMISSION,
            ReportTables.responseRemission(data.responseRemission())));
    rows.put(
        ReportTables.DURABILITY_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.DURABILITY_SUMMARY,
            ReportTables.survivalSummary(data.durabilitySummary(), landmarks)));
    rows.put(
        ReportTables.DURABILITY_KM,
        csv(conf, outputDir, ReportTables.DURABILITY_KM, ReportTables.km(data.durabilityKm())));
    rows.put(
        ReportTables.TIME_TO_RESPONSE_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.TIME_TO_RESPONSE_SUMMARY,
            ReportTables.survivalSummary(data.timeToResponseSummary(), landmarks)));
    rows.put(
        ReportTables.LOGRANK,
        csv(conf, outputDir, ReportTables.LOGRANK, ReportTables.logRank(data.logRank())));
    rows.put(
        ReportTables.TRAJECTORY,
        csv(conf, outputDir, ReportTables.TRAJECTORY, ReportTables.trajectory(data.trajectory())));
    rows.put(
        ReportTables.TIME_TO_REMISSION_SUMMARY,
        csv(
            conf,
            outputDir,
            ReportTables.TIME_TO_REMISSION_SUMMARY,
            ReportTables.survivalSummary(data.timeToRemissionSummary(), landmarks)));
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

  private static long csv(
      Configuration conf, String outputDir, String name, ReportTables.Table table) {
    Path p = new Path(dir(outputDir), name);
    try (OutputStream out = p.getFileSystem(conf).create(p, true);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSV)) {
      printer.printRecord(table.header());
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
    }
    return table.rows().size();
  }

  private static void json(Configuration conf, Path p, Object value) {
    try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
      JSON.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
    }
  }

  /** Writes a file of the reports folder (the HTML report and its assets). */
  public static void writeBytes(
      Configuration conf, String outputDir, String relativePath, byte[] content) {
    Path p = new Path(dir(outputDir), relativePath);
    try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
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
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
