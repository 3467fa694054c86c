package org.infusionoutcomes.ingest.detect;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.csv.CsvRecord;
import org.infusionoutcomes.ingest.csv.CsvRecordReader;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.mapping.MappingFile;
import org.infusionoutcomes.ingest.sdtm.SdtmDomain;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.xpt.XportInput;
import org.infusionoutcomes.ingest.xpt.XptDataset;

/**
 * Chooses the format of an input file from its name and the first bytes of its content
 * (docs/formats.md, "Detection"). Columns decide first; the file name decides only when the columns
 * are incomplete, so that a {@code scores.csv} missing a column is reported as such instead of as
 * an unknown file.
 */
public final class FormatDetector {
  /** How many leading bytes of each file detection looks at. */
  public static final int HEAD_BYTES = 64 * 1024;

  private static final Set<String> DOCUMENT_SUFFIXES =
      Set.of(".md", ".markdown", ".pdf", ".docx", ".doc", ".html", ".htm", ".png", ".jpg", ".rtf");

  private FormatDetector() {}

  /**
   * Detects the format of a file.
   *
   * @param path the file's path or name (only the last segment and the extension are used)
   * @param head the first bytes of the file (up to {@link #HEAD_BYTES})
   */
  public static Detection detect(String path, byte[] head) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith(".") || lower.startsWith("_")) {
      return Detection.skip("hidden or marker file");
    }
    if (lower.startsWith("readme")
        || lower.startsWith("license")
        || lower.startsWith("changes")
        || DOCUMENT_SUFFIXES.stream().anyMatch(lower::endsWith)) {
      return Detection.skip("documentation, not data");
    }
    if (MappingFile.isMappingFile(lower)) {
      return Detection.skip("a mapping file: it describes the files its patterns name");
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Detection.skip("a YAML file (configuration or definition), not data");
    }
    if (lower.endsWith(".csv")
        || lower.endsWith(".tsv")
        || lower.endsWith(".tab")
        || lower.endsWith(".txt")) {
      return detectDelimited(name, lower, head);
    }
    if (lower.endsWith(".xpt") || XportInput.looksLikeTransport(head)) {
      return detectTransport(head);
    }
    if (lower.endsWith(".ndjson")) {
      return Detection.read(SourceFormat.FHIR);
    }
    if (lower.endsWith(".json")) {
      return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("\"resourceType\"")
          ? Detection.read(SourceFormat.FHIR)
          : Detection.unknown(
              "a JSON file without \"resourceType\": not a FHIR resource, Bundle or NDJSON export");
    }
    return Detection.unknown(
        "the file extension is not one of .csv, .tsv, .tab, .txt, .xpt, .ndjson, .json");
  }

  /**
   * SAS transport: SDTM domains are read; ADaM and unused SDTM datasets are recognised and skipped.
   */
  private static Detection detectTransport(byte[] head) {
    if (!XportInput.looksLikeTransport(head)) {
      return Detection.unknown("the .xpt file does not start with a SAS transport library header");
    }
    Optional<XptDataset> dataset = XportInput.firstDataset(head);
    if (dataset.isEmpty()) {
      // Not decodable from the head alone (v8, damaged, or very wide): the reader reports why.
      return Detection.read(SourceFormat.SDTM_XPT);
    }
    XptDataset d = dataset.get();
    if (d.variable("DOMAIN").isEmpty()) {
      return d.name().toUpperCase(Locale.ROOT).startsWith("AD")
          ? Detection.skip(
              "ADaM analysis dataset "
                  + d.name()
                  + " (derived values), not an SDTM domain the pipeline reads")
          : Detection.unknown(
              "SAS transport dataset "
                  + d.name()
                  + " has no DOMAIN variable, so it is not an SDTM domain");
    }
    Optional<String> domain = SdtmDomain.fromVariables(d.variableNames());
    if (domain.isPresent() && SdtmDomain.of(domain.get()).isEmpty()) {
      return Detection.skip(
          "SDTM domain "
              + domain.get()
              + " is not used (the pipeline reads QS, RS, EX, DM, VS, AE and CM)");
    }
    return Detection.read(SourceFormat.SDTM_XPT);
  }

  private static Detection detectDelimited(String name, String lower, byte[] head) {
    List<String> columns = headerOf(name, head);
    Set<String> cols =
        columns.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    if (cols.contains("domain")) {
      Optional<String> domain = SdtmDomain.fromVariables(columns);
      if (domain.isPresent() && SdtmDomain.of(domain.get()).isEmpty()) {
        return Detection.skip(
            "SDTM domain "
                + domain.get()
                + " is not used (the pipeline reads QS, RS, EX, DM, VS, AE and CM)");
      }
      return Detection.read(SourceFormat.SDTM_CSV);
    }
    if (isRedcap(cols)) {
      return Detection.read(SourceFormat.REDCAP);
    }
    if (cols.containsAll(List.of("study_id", "subject_id", "instrument", "item", "score"))) {
      return Detection.read(SourceFormat.GENERIC_SCORES);
    }
    if (cols.containsAll(List.of("study_id", "subject_id", "dose_mg_per_kg"))) {
      return Detection.read(SourceFormat.GENERIC_INFUSIONS);
    }
    if (cols.containsAll(List.of("study_id", "subject_id", "test", "value"))) {
      return Detection.read(SourceFormat.GENERIC_VITALS);
    }
    if (cols.containsAll(List.of("study_id", "subject_id", "term"))) {
      return Detection.read(SourceFormat.GENERIC_ADVERSE_EVENTS);
    }
    if (cols.containsAll(List.of("study_id", "subject_id", "drug"))) {
      return Detection.read(SourceFormat.GENERIC_MEDICATIONS);
    }
    boolean hasIds = cols.containsAll(List.of("study_id", "subject_id"));
    if (hasIds
        && !cols.contains("instrument")
        && (cols.contains("sex")
            || cols.contains("age")
            || cols.contains("arm")
            || cols.contains("site_id")
            || cols.contains("reference_date"))) {
      return Detection.read(SourceFormat.GENERIC_SUBJECTS);
    }
    // Incomplete columns: let the name choose, so the reader can name the missing column.
    String stem = lower.replaceAll("\\.(csv|tsv|tab|txt)$", "");
    if (stem.contains("score")) {
      return Detection.read(SourceFormat.GENERIC_SCORES);
    }
    if (stem.contains("infusion")) {
      return Detection.read(SourceFormat.GENERIC_INFUSIONS);
    }
    if (stem.contains("vital")) {
      return Detection.read(SourceFormat.GENERIC_VITALS);
    }
    if (stem.contains("adverse")) {
      return Detection.read(SourceFormat.GENERIC_ADVERSE_EVENTS);
    }
    if (stem.contains("medication")) {
      return Detection.read(SourceFormat.GENERIC_MEDICATIONS);
    }
    if (stem.contains("subject")) {
      return Detection.read(SourceFormat.GENERIC_SUBJECTS);
    }
    if (Set.of("qs", "rs", "ex", "dm", "vs", "ae", "cm").contains(stem)) {
      return Detection.read(SourceFormat.SDTM_CSV);
    }
    if (columns.isEmpty()) {
      return Detection.unknown("the file is empty, so its format cannot be recognised");
    }
    return Detection.unknown(
        "the header matches no known format (generic scores need study_id, subject_id, instrument, item, score;"
            + " infusions need study_id, subject_id, dose_mg_per_kg; vitals need study_id, subject_id, test,"
            + " value; adverse events need study_id, subject_id, term; medications need study_id, subject_id,"
            + " drug; SDTM needs DOMAIN)");
  }

  /**
   * REDCap raw exports: a {@code redcap_*} system field, or {@code record_id} with an instrument's
   * {@code *_complete} status field.
   */
  private static boolean isRedcap(Set<String> cols) {
    for (String c : cols) {
      if (c.startsWith("redcap_")) {
        return true;
      }
    }
    return cols.contains("record_id") && cols.stream().anyMatch(c -> c.endsWith("_complete"));
  }

  /** The header fields of a delimited file, or an empty list when there is none. */
  public static List<String> headerOf(String name, byte[] head) {
    try (CsvRecordReader reader =
        new CsvRecordReader(new ByteArrayInputStream(head), CsvSourceReader.delimiterOf(name))) {
      CsvRecord first = reader.next();
      return first == null || first.isMalformed() ? List.of() : first.fields();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }
}
