package org.infusionoutcomes.ingest.sdtm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.CsvOutput;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as CDISC SDTM CSV, the way a CRO ships it: {@code dm.csv}, {@code ex.csv}, PHQ-9
 * in {@code qs.csv} and MADRS in {@code rs.csv} (CDISC files MADRS under RS). Test codes come from
 * the scale registry; a missing item is a row with {@code QSSTAT = NOT DONE}; study days count from
 * {@code RFSTDTC} with no day 0. Vital signs go to {@code vs.csv} (with {@code VSELTM}), adverse
 * events to {@code ae.csv} and medications to {@code cm.csv} when the study has them.
 */
public final class SdtmCsvWriter implements StudyWriter {
  private final ScaleRegistry registry;

  public SdtmCsvWriter(ScaleRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String formatId() {
    return "sdtm";
  }

  @Override
  public List<Path> write(SyntheticStudy study, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, LocalDate> reference = SdtmDates.references(study);
    List<Path> files = new ArrayList<>();

    files.add(
        CsvOutput.write(
            dir.resolve("dm.csv"),
            List.of(
                "STUDYID", "DOMAIN", "USUBJID", "SUBJID", "SITEID", "RFSTDTC", "AGE", "AGEU", "SEX",
                "ARM"),
            study.subjects(),
            (s, p) ->
                p.printRecord(
                    s.studyId(),
                    "DM",
                    s.subjectId(),
                    s.subjectId().substring(s.subjectId().lastIndexOf('-') + 1),
                    s.siteId(),
                    s.referenceDate(),
                    s.age(),
                    "YEARS",
                    s.sex(),
                    s.arm())));

    Map<String, Integer> exSeq = new HashMap<>();
    files.add(
        CsvOutput.write(
            dir.resolve("ex.csv"),
            List.of(
                "STUDYID",
                "DOMAIN",
                "USUBJID",
                "EXSEQ",
                "EXTRT",
                "EXDOSE",
                "EXDOSU",
                "EXDOSFRM",
                "EXROUTE",
                "EXGRPID",
                "EXSTDTC",
                "EXSTDY"),
            study.infusions(),
            (i, p) -> {
              boolean perKg = i.doseMgPerKg() != null;
              Double dose = perKg ? i.doseMgPerKg() : i.doseMg();
              p.printRecord(
                  i.studyId(),
                  "EX",
                  i.subjectId(),
                  exSeq.merge(i.subjectId(), 1, Integer::sum),
                  i.drug() == null ? null : i.drug().toUpperCase(java.util.Locale.ROOT),
                  dose == null ? null : Numbers.plain(dose),
                  dose == null ? null : perKg ? "mg/kg" : "mg",
                  "SOLUTION",
                  i.route() == null ? null : i.route().equals("IV") ? "INTRAVENOUS" : i.route(),
                  i.courseLabel(),
                  SdtmDates.dtc(i.infusionDate(), i.infusionTime()),
                  SdtmDates.studyDay(reference.get(i.subjectId()), i.infusionDate(), i.studyDay()));
            }));

    Path qs = dir.resolve("qs.csv");
    Path rs = dir.resolve("rs.csv");
    try (CSVPrinter q = CsvOutput.printer(qs);
        CSVPrinter r = CsvOutput.printer(rs)) {
      header(q, "QS");
      header(r, "RS");
      Map<String, Integer> seq = new HashMap<>();
      Map<String, Integer> visitNum = new HashMap<>();
      for (Assessment a : study.assessments()) {
        ScaleDefinition scale = registry.byId(a.scale()).orElseThrow();
        boolean rsDomain = a.scale().equals("MADRS");
        CSVPrinter p = rsDomain ? r : q;
        String domain = rsDomain ? "RS" : "QS";
        String category = scale.codes().sdtm().categories().get(0);
        int visit =
            visitNum.computeIfAbsent(a.subjectId() + "|" + a.visit(), k -> visitNum.size() + 1);
        for (int i = 0; i < scale.itemCount(); i++) {
          Integer v = a.items().get(i);
          printResult(
              p,
              a,
              domain,
              seq,
              visit,
              reference,
              scale.codes().sdtm().itemCodes().get(i),
              scale.items().get(i).label(),
              category,
              v == null ? null : v.toString(),
              v == null ? "NOT DONE" : null);
        }
        if (a.reportedTotal() != null) {
          printResult(
              p,
              a,
              domain,
              seq,
              visit,
              reference,
              scale.codes().sdtm().totalCode(),
              "Total Score",
              category,
              Numbers.plain(a.reportedTotal()),
              null);
        }
      }
    }
    files.add(qs);
    files.add(rs);
    for (SdtmSafetyRows.Domain d : SdtmSafetyRows.DOMAINS) {
      if (d.present().test(study)) {
        files.add(table(dir.resolve(d.fileName("csv")), d.names(), d.rows().apply(study)));
      }
    }
    return files;
  }

  private static Path table(Path file, List<String> names, List<List<Object>> rows)
      throws IOException {
    return CsvOutput.write(
        file,
        names,
        rows,
        (r, p) -> {
          List<Object> out = new ArrayList<>(r.size());
          for (Object v : r) {
            out.add(v instanceof Double d ? Numbers.plain(d) : v);
          }
          p.printRecord(out);
        });
  }

  /**
   * One QS/RS record of an assessment (an item or its total): the result as original, standard
   * character and standard numeric value, numbered next for the subject in {@code domain}.
   */
  private static void printResult(
      CSVPrinter p,
      Assessment a,
      String domain,
      Map<String, Integer> seq,
      int visit,
      Map<String, LocalDate> reference,
      String testCode,
      String test,
      String category,
      String result,
      String status)
      throws IOException {
    p.printRecord(
        a.studyId(),
        domain,
        a.subjectId(),
        seq.merge(a.subjectId() + domain, 1, Integer::sum),
        testCode,
        test,
        category,
        result,
        result,
        result,
        status,
        visit,
        a.visit(),
        SdtmDates.dtc(a.assessmentDate(), a.assessmentTime()),
        SdtmDates.studyDay(reference.get(a.subjectId()), a.assessmentDate(), a.studyDay()));
  }

  private static void header(CSVPrinter p, String d) throws IOException {
    p.printRecord(
        "STUDYID",
        "DOMAIN",
        "USUBJID",
        d + "SEQ",
        d + "TESTCD",
        d + "TEST",
        d + "CAT",
        d + "ORRES",
        d + "STRESC",
        d + "STRESN",
        d + "STAT",
        "VISITNUM",
        "VISIT",
        d + "DTC",
        d + "DY");
  }
}
