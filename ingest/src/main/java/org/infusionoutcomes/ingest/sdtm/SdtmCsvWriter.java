package org.infusionoutcomes.ingest.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.StudyFile;
import org.infusionoutcomes.ingest.write.StudyFileWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as CDISC SDTM CSV, the way a CRO ships it: {@code dm.csv}, {@code ex.csv}, PHQ-9
 * in {@code qs.csv} and MADRS in {@code rs.csv} (CDISC files MADRS under RS). Test codes come from
 * the scale registry; a missing item is a row with {@code QSSTAT = NOT DONE}; study days count from
 * {@code RFSTDTC} with no day 0. Vital signs go to {@code vs.csv} (with {@code VSELTM}), adverse
 * events to {@code ae.csv} and medications to {@code cm.csv} when the study has them.
 */
public final class SdtmCsvWriter extends StudyFileWriter {
  private final ScaleRegistry registry;

  public SdtmCsvWriter(ScaleRegistry registry) {
    super("sdtm");
    this.registry = registry;
  }

  @Override
  protected List<StudyFile> files(SyntheticStudy study) {
    Map<String, LocalDate> reference = SdtmDates.references(study);
    List<StudyFile> files = new ArrayList<>();

    files.add(
        StudyFile.csv(
            "dm.csv",
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
        StudyFile.csv(
            "ex.csv",
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

    List<SdtmResultRow> results = results(study, reference);
    for (String domain : List.of("QS", "RS")) {
      files.add(
          StudyFile.csv(
              domain.toLowerCase(java.util.Locale.ROOT) + ".csv",
              SdtmResultRow.header(domain),
              results.stream().filter(r -> r.domain().equals(domain)).toList(),
              (r, p) -> p.printRecord(r.values())));
    }
    for (SdtmSafetyRows.Domain d : SdtmSafetyRows.DOMAINS) {
      if (d.present().test(study)) {
        files.add(table(d.fileName("csv"), d.names(), d.rows().apply(study)));
      }
    }
    return files;
  }

  /**
   * The QS and RS records of the assessments, in order: MADRS in RS (CDISC files it there), every
   * other scale in QS; each item (a missing one {@code NOT DONE}), then a reported total; numbered
   * per subject and domain.
   */
  private List<SdtmResultRow> results(SyntheticStudy study, Map<String, LocalDate> reference) {
    List<SdtmResultRow> rows = new ArrayList<>();
    Map<String, Integer> seq = new HashMap<>();
    Map<String, Integer> visitNum = new HashMap<>();
    for (Assessment a : study.assessments()) {
      ScaleDefinition scale = registry.byId(a.scale()).orElseThrow();
      ScaleDefinition.SdtmCodes codes = scale.codes().sdtm();
      String domain = a.scale().equals("MADRS") ? "RS" : "QS";
      String category = codes.categories().get(0);
      int visit =
          visitNum.computeIfAbsent(a.subjectId() + "|" + a.visit(), k -> visitNum.size() + 1);
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < scale.itemCount(); i++) {
        Integer v = a.items().get(i);
        results.add(
            new Result(
                codes.itemCodes().get(i),
                scale.items().get(i).label(),
                v == null ? null : v.toString(),
                v == null ? "NOT DONE" : null));
      }
      if (a.reportedTotal() != null) {
        results.add(
            new Result(codes.totalCode(), "Total Score", Numbers.plain(a.reportedTotal()), null));
      }
      for (Result r : results) {
        rows.add(
            new SdtmResultRow(
                a.studyId(),
                domain,
                a.subjectId(),
                seq.merge(a.subjectId() + domain, 1, Integer::sum),
                r.testCode(),
                r.test(),
                category,
                r.result(),
                r.status(),
                visit,
                a.visit(),
                SdtmDates.dtc(a.assessmentDate(), a.assessmentTime()),
                SdtmDates.studyDay(
                    reference.get(a.subjectId()), a.assessmentDate(), a.studyDay())));
      }
    }
    return rows;
  }

  /** An item or total of an assessment: its test and result, or its status when not done. */
  private record Result(String testCode, String test, String result, String status) {}

  private static StudyFile table(String file, List<String> names, List<List<Object>> rows) {
    return StudyFile.csv(
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
}
