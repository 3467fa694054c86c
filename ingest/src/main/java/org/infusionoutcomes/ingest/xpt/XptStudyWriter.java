package org.infusionoutcomes.ingest.xpt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.sdtm.SdtmSafetyRows;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.StudyFile;
import org.infusionoutcomes.ingest.write.StudyFileWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as SDTM domains in SAS transport v5 files, the inverse of {@link XptSdtmReader}:
 * {@code qs.xpt} (every scale, category and test codes from the registry; a missing item is a row
 * with {@code QSSTAT = NOT DONE}; a reported total is the scale's total test code), {@code ex.xpt}
 * (one row per infusion; {@code EXDOSE} in mg/kg when known, else in mg) and {@code dm.xpt}. Scales
 * are all written to QS (the reader takes MADRS from QS or RS alike). A time of day is written only
 * with its date ({@code --DTC}); a record with a study day but no date loses its time. Vital signs
 * ({@code vs.xpt}, with {@code VSELTM}), adverse events ({@code ae.xpt}) and medications ({@code
 * cm.xpt}) when the study has them.
 */
public final class XptStudyWriter extends StudyFileWriter {
  private final ScaleRegistry registry;

  /** A writer that takes SDTM codes from {@code registry}. */
  public XptStudyWriter(ScaleRegistry registry) {
    super("sdtm-xpt");
    this.registry = registry;
  }

  /** A writer using the shipped scales. */
  public XptStudyWriter() {
    this(ScaleRegistry.shipped());
  }

  /**
   * The three datasets, then the safety domains the study has. Writing them throws {@link
   * IllegalArgumentException} for a scale without SDTM category and test codes, or an infusion with
   * both doses (EX holds one).
   */
  @Override
  protected List<StudyFile> files(SyntheticStudy study) {
    List<StudyFile> files = new ArrayList<>();
    files.add(dataset("qs.xpt", "QS", "Questionnaires", () -> questionnaires(study)));
    files.add(dataset("ex.xpt", "EX", "Exposure", () -> exposure(study)));
    files.add(dataset("dm.xpt", "DM", "Demographics", () -> demographics(study)));
    for (SdtmSafetyRows.Domain d : SdtmSafetyRows.DOMAINS) {
      if (d.present().test(study)) {
        files.add(
            dataset(
                d.fileName("xpt"),
                d.code(),
                d.label(),
                () -> new Table(d.names(), d.numeric(), d.rows().apply(study))));
      }
    }
    return files;
  }

  /** The dataset {@code name} in {@code file}, its table made when it is written. */
  private static StudyFile dataset(String file, String name, String label, Supplier<Table> table) {
    return new StudyFile(file, path -> writeDataset(path, name, label, table.get()));
  }

  /** Named columns in order; each value a String (character) or Number/null (numeric). */
  private record Table(List<String> names, List<Boolean> numeric, List<List<Object>> rows) {}

  private Table questionnaires(SyntheticStudy study) {
    List<String> names =
        List.of(
            "STUDYID",
            "DOMAIN",
            "USUBJID",
            "QSSEQ",
            "QSTESTCD",
            "QSCAT",
            "QSORRES",
            "QSSTRESN",
            "QSSTAT",
            "VISIT",
            "QSDTC",
            "QSDY");
    List<Boolean> numeric =
        List.of(false, false, false, true, false, false, false, true, false, false, false, true);
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Integer> seq = new LinkedHashMap<>();
    for (Assessment a : study.assessments()) {
      ScaleDefinition scale =
          registry
              .byId(a.scale())
              .orElseThrow(() -> IngestErrors.unknownScale("scale", "scale", a.scale()));
      ScaleDefinition.SdtmCodes codes = scale.codes().sdtm();
      if (codes.categories().isEmpty() || codes.itemCodes().isEmpty()) {
        throw new IllegalArgumentException(
            "scale "
                + scale.id()
                + " has no SDTM category and test codes; it cannot be written as SDTM QS");
      }
      String dtc = dateTime(a.assessmentDate(), a.assessmentTime());
      for (int i = 0; i < a.items().size(); i++) {
        Integer v = a.items().get(i);
        rows.add(
            qsRow(
                a,
                seq,
                codes.itemCodes().get(i),
                codes.categories().get(0),
                v == null ? null : v.toString(),
                v,
                v == null ? "NOT DONE" : null,
                dtc));
      }
      if (a.reportedTotal() != null) {
        if (codes.totalCode() == null) {
          throw new IllegalArgumentException(
              "scale " + scale.id() + " has no SDTM total test code for the reported total");
        }
        rows.add(
            qsRow(
                a,
                seq,
                codes.totalCode(),
                codes.categories().get(0),
                Numbers.plain(a.reportedTotal()),
                a.reportedTotal(),
                null,
                dtc));
      }
    }
    return new Table(names, numeric, rows);
  }

  /** One QS row of an assessment (an item or its total), numbered next for its subject. */
  private static List<Object> qsRow(
      Assessment a,
      Map<String, Integer> seq,
      String testCode,
      String category,
      String result,
      Object number,
      String status,
      String dtc) {
    return row(
        a.studyId(),
        "QS",
        a.subjectId(),
        next(seq, a.subjectId()),
        testCode,
        category,
        result,
        number,
        status,
        a.visit(),
        dtc,
        a.studyDay());
  }

  private static Table exposure(SyntheticStudy study) {
    List<String> names =
        List.of(
            "STUDYID", "DOMAIN", "USUBJID", "EXSEQ", "EXTRT", "EXDOSE", "EXDOSU", "EXROUTE",
            "EXSTDTC", "EXSTDY", "EXGRPID");
    List<Boolean> numeric =
        List.of(false, false, false, true, false, true, false, false, false, true, false);
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Integer> seq = new LinkedHashMap<>();
    for (Infusion i : study.infusions()) {
      if (i.doseMgPerKg() != null && i.doseMg() != null) {
        throw new IllegalArgumentException(
            "infusion of "
                + i.subjectId()
                + " has a dose in mg/kg and in mg; SDTM EX holds one dose per record");
      }
      Double dose = i.doseMgPerKg() != null ? i.doseMgPerKg() : i.doseMg();
      String unit = i.doseMgPerKg() != null ? "mg/kg" : i.doseMg() != null ? "mg" : null;
      rows.add(
          row(
              i.studyId(),
              "EX",
              i.subjectId(),
              next(seq, i.subjectId()),
              i.drug(),
              dose,
              unit,
              i.route(),
              dateTime(i.infusionDate(), i.infusionTime()),
              i.studyDay(),
              i.courseLabel()));
    }
    return new Table(names, numeric, rows);
  }

  private static Table demographics(SyntheticStudy study) {
    List<String> names =
        List.of("STUDYID", "DOMAIN", "USUBJID", "SITEID", "AGE", "SEX", "ARM", "RFSTDTC");
    List<Boolean> numeric = List.of(false, false, false, false, true, false, false, false);
    List<List<Object>> rows = new ArrayList<>();
    for (Subject s : study.subjects()) {
      rows.add(
          row(
              s.studyId(),
              "DM",
              s.subjectId(),
              s.siteId(),
              s.age(),
              s.sex(),
              s.arm(),
              s.referenceDate() == null ? null : s.referenceDate().toString()));
    }
    return new Table(names, numeric, rows);
  }

  private static Path writeDataset(Path path, String name, String label, Table table)
      throws IOException {
    List<XportOutput.Column> columns = new ArrayList<>();
    for (int c = 0; c < table.names().size(); c++) {
      boolean num = table.numeric().get(c);
      int length = 1;
      for (List<Object> r : table.rows()) {
        Object v = r.get(c);
        if (!num && v != null) {
          length =
              Math.max(
                  length, v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
      }
      columns.add(
          new XportOutput.Column(table.names().get(c), num, num ? 8 : Math.min(200, length), ""));
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      XportOutput.write(out, name, label, columns, table.rows());
    }
    return path;
  }

  private static List<Object> row(Object... values) {
    List<Object> r = new ArrayList<>(values.length);
    for (Object v : values) {
      r.add(v instanceof Integer n ? Double.valueOf(n) : v);
    }
    return r;
  }

  private static int next(Map<String, Integer> seq, String subject) {
    return seq.merge(subject, 1, Integer::sum);
  }

  /** ISO 8601 {@code --DTC}: the date, with {@code T} and the time of day when known. */
  static String dateTime(LocalDate date, LocalTime time) {
    if (date == null) {
      return null;
    }
    return time == null ? date.toString() : date + "T" + time;
  }
}
