package org.infusionoutcomes.ingest.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * The VS, AE and CM rows of a synthetic study, shared by the SDTM CSV and SAS transport writers:
 * the inverse of the VS/AE/CM rules of {@link SdtmRecordInterpreter}.
 */
public final class SdtmSafetyRows {
  private SdtmSafetyRows() {}

  /** Variables of VS, in order. */
  public static final List<String> VS_NAMES =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "VSSEQ",
          "VSTESTCD",
          "VSORRES",
          "VSORRESU",
          "VSSTRESN",
          "VSSTRESU",
          "VSDTC",
          "VSDY",
          "VSTPT",
          "VSELTM");

  /** Whether each VS variable is numeric. */
  public static final List<Boolean> VS_NUMERIC =
      List.of(
          false, false, false, true, false, false, false, true, false, false, true, false, false);

  /** Variables of AE, in order. */
  public static final List<String> AE_NAMES =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "AESEQ",
          "AETERM",
          "AEDECOD",
          "AEBODSYS",
          "AESEV",
          "AESER",
          "AEREL",
          "AESTDTC",
          "AEENDTC",
          "AESTDY",
          "AEENDY");

  /** Whether each AE variable is numeric. */
  public static final List<Boolean> AE_NUMERIC =
      List.of(
          false, false, false, true, false, false, false, false, false, false, false, false, true,
          true);

  /** Variables of CM, in order. */
  public static final List<String> CM_NAMES =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "CMSEQ",
          "CMTRT",
          "CMDECOD",
          "CMCLAS",
          "CMDOSE",
          "CMDOSU",
          "CMDOSFRQ",
          "CMROUTE",
          "CMSTDTC",
          "CMENDTC",
          "CMSTDY",
          "CMENDY",
          "CMENRTPT");

  /** Whether each CM variable is numeric. */
  public static final List<Boolean> CM_NUMERIC =
      List.of(
          false, false, false, true, false, false, false, true, false, false, false, false, false,
          true, true, false);

  /**
   * One safety domain as the writers write it.
   *
   * @param code the domain code ({@code VS}, {@code AE}, {@code CM}); the file is named after it
   * @param label the dataset label
   * @param names the variables, in order
   * @param numeric whether each variable is numeric
   * @param present whether a study has data for the domain (a domain without data is not written)
   * @param rows the rows of a study
   */
  public record Domain(
      String code,
      String label,
      List<String> names,
      List<Boolean> numeric,
      Predicate<SyntheticStudy> present,
      Function<SyntheticStudy, List<List<Object>>> rows) {
    /** The file of this domain with extension {@code extension}: {@code vs.csv}, {@code ae.xpt}. */
    public String fileName(String extension) {
      return code.toLowerCase(Locale.ROOT) + "." + extension;
    }
  }

  /** The safety domains in the order they are written. */
  public static final List<Domain> DOMAINS =
      List.of(
          new Domain(
              "VS",
              "Vital Signs",
              VS_NAMES,
              VS_NUMERIC,
              s -> !s.vitalSigns().isEmpty(),
              SdtmSafetyRows::vitalSigns),
          new Domain(
              "AE",
              "Adverse Events",
              AE_NAMES,
              AE_NUMERIC,
              s -> !s.adverseEvents().isEmpty(),
              SdtmSafetyRows::adverseEvents),
          new Domain(
              "CM",
              "Concomitant/Prior Medications",
              CM_NAMES,
              CM_NUMERIC,
              s -> !s.medications().isEmpty(),
              SdtmSafetyRows::medications));

  /** One row per reading; numbers as Double, text as String. */
  public static List<List<Object>> vitalSigns(SyntheticStudy study) {
    Map<String, LocalDate> reference = SdtmDates.references(study);
    Map<String, Integer> seq = new HashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (VitalSign v : study.vitalSigns()) {
      String value = Numbers.plain(v.value());
      List<Object> r = new ArrayList<>();
      r.add(v.studyId());
      r.add("VS");
      r.add(v.subjectId());
      r.add((double) seq.merge(v.subjectId(), 1, Integer::sum));
      r.add(v.test());
      r.add(value);
      r.add(v.unit());
      r.add(v.value());
      r.add(v.unit());
      r.add(SdtmDates.dtc(v.measuredDate(), v.measuredTime()));
      Integer dy = SdtmDates.studyDay(reference.get(v.subjectId()), v.measuredDate(), v.studyDay());
      r.add(dy == null ? null : (double) dy);
      Integer m = v.minutesFromStart();
      r.add(m == null ? null : m < 0 ? "PRE-INFUSION" : m + " MIN POST-START");
      r.add(m == null ? null : ElapsedTime.formatDuration(m));
      rows.add(r);
    }
    return rows;
  }

  /** One row per adverse event. */
  public static List<List<Object>> adverseEvents(SyntheticStudy study) {
    Map<String, LocalDate> reference = SdtmDates.references(study);
    Map<String, Integer> seq = new HashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (AdverseEvent a : study.adverseEvents()) {
      LocalDate end =
          a.onsetDate() == null || a.endDay() == null || a.onsetDay() == null
              ? null
              : a.onsetDate().plusDays(a.endDay() - a.onsetDay());
      List<Object> r = new ArrayList<>();
      r.add(a.studyId());
      r.add("AE");
      r.add(a.subjectId());
      r.add((double) seq.merge(a.subjectId(), 1, Integer::sum));
      r.add(a.term());
      r.add(
          a.preferredTerm() == null ? null : a.preferredTerm().toUpperCase(java.util.Locale.ROOT));
      r.add(a.bodySystem() == null ? null : a.bodySystem().toUpperCase(java.util.Locale.ROOT));
      r.add(a.severity());
      r.add(a.serious() == null ? null : a.serious() ? "Y" : "N");
      r.add(a.related());
      r.add(a.onsetDate() == null ? null : a.onsetDate().toString());
      r.add(end == null ? null : end.toString());
      Integer sdy = SdtmDates.studyDay(reference.get(a.subjectId()), a.onsetDate(), null);
      Integer edy = SdtmDates.studyDay(reference.get(a.subjectId()), end, null);
      r.add(sdy == null ? null : (double) sdy);
      r.add(edy == null ? null : (double) edy);
      rows.add(r);
    }
    return rows;
  }

  /**
   * One row per medication record; {@code CMSTDY}/{@code CMENDY} only for full dates, {@code
   * CMENRTPT = ONGOING} for an ongoing medication.
   */
  public static List<List<Object>> medications(SyntheticStudy study) {
    Map<String, LocalDate> reference = SdtmDates.references(study);
    Map<String, Integer> seq = new HashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (Medication m : study.medications()) {
      LocalDate ref = reference.get(m.subjectId());
      List<Object> r = new ArrayList<>();
      r.add(m.studyId());
      r.add("CM");
      r.add(m.subjectId());
      r.add((double) seq.merge(m.subjectId(), 1, Integer::sum));
      r.add(m.drug());
      r.add(m.decod());
      r.add(m.drugClass());
      r.add(m.dose());
      r.add(m.doseUnit());
      r.add(m.frequency());
      r.add(m.route());
      r.add(m.startDate());
      r.add(m.endDate());
      Integer sdy = SdtmDates.studyDay(ref, fullDate(m.startDate()), m.startDay());
      Integer edy = SdtmDates.studyDay(ref, fullDate(m.endDate()), m.endDay());
      r.add(sdy == null ? null : (double) sdy);
      r.add(edy == null ? null : (double) edy);
      r.add(m.ongoing() ? "ONGOING" : null);
      rows.add(r);
    }
    return rows;
  }

  private static LocalDate fullDate(String iso) {
    return iso == null || iso.length() != 10 ? null : LocalDate.parse(iso);
  }
}
