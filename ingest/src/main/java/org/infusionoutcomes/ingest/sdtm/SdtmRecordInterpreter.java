package org.infusionoutcomes.ingest.sdtm;

import java.util.Locale;
import org.infusionoutcomes.ingest.privacy.DirectIdentifiers;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.EventDates;
import org.infusionoutcomes.ingest.time.MedicationDates;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.AdverseEventValues;
import org.infusionoutcomes.ingest.value.Ages;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.MedicationValues;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * The SDTM rules of docs/formats.md, independent of the file format, so SDTM CSV and SAS transport
 * files are read identically.
 *
 * <ul>
 *   <li>QS / RS: the registry maps the test code (and category) to scale and item; the value is
 *       {@code --STRESN}; {@code --STAT = NOT DONE} is a missing item; unscored codes such as
 *       {@code PHQ0110} are skipped; partial {@code --DTC} dates reject the row.
 *   <li>EX: {@code EXTRT} drug, {@code EXDOSE} in {@code EXDOSU} (mg/kg or mg), {@code EXROUTE},
 *       {@code EXSTDTC}/{@code EXSTDY}, {@code EXGRPID} as the course label ({@code EPOCH} is a
 *       trial period, not a course).
 *   <li>DM: {@code SITEID, AGE, SEX, ARM, RFSTDTC}; a full {@code BRTHDTC} is a direct identifier
 *       and rejects the row without keeping its text.
 *   <li>VS and AE: vital signs and adverse events (docs/formats.md, "Vital signs", "Adverse
 *       events"); QS/RS {@code --ELTM} places a rating relative to the infusion start.
 *   <li>CM: medications (docs/formats.md, "Medications"): {@code CMTRT}, {@code CMDECOD} ({@code
 *       UNCODED} counts as absent), {@code CMCLAS}, {@code CMDOSE}/{@code CMDOSU}, {@code
 *       CMDOSFRQ}, {@code CMROUTE}, {@code CMSTDTC}/{@code CMSTDY}, {@code CMENDTC}/{@code CMENDY}
 *       (partial dates kept), ongoing from {@code CMENRTPT} or {@code CMENRF}.
 * </ul>
 */
public final class SdtmRecordInterpreter {
  private SdtmRecordInterpreter() {}

  /**
   * Reads one record of {@code domain} into {@code sink}; throws {@link FieldProblem} for bad
   * values.
   */
  public static void interpret(
      SdtmDomain domain, SdtmRow row, Origin origin, ScaleRegistry registry, RecordSink sink) {
    // Checked first: a reject for any other problem would copy the row's text, birth date included.
    if (DirectIdentifiers.isFullDate(row.get("BRTHDTC"))) {
      throw IngestErrors.fullBirthDate("BRTHDTC", "BRTHDTC holds");
    }
    String rowDomain = row.get("DOMAIN");
    if (rowDomain != null && !rowDomain.equalsIgnoreCase(domain.name())) {
      throw IngestErrors.unsupportedRecord(
          "DOMAIN", "DOMAIN '" + rowDomain + "' differs from the file's domain " + domain.name());
    }
    String study = need(row, "STUDYID");
    String subject = need(row, "USUBJID");
    switch (domain) {
      case QS, RS -> score(domain.name(), row, study, subject, origin, registry, sink);
      case EX -> exposure(row, study, subject, origin, sink);
      case DM -> demographics(row, study, subject, origin, sink);
      case VS -> vitalSign(row, study, subject, origin, sink);
      case AE -> adverseEvent(row, study, subject, origin, sink);
      case CM -> medication(row, study, subject, origin, sink);
    }
  }

  private static void score(
      String p,
      SdtmRow row,
      String study,
      String subject,
      Origin origin,
      ScaleRegistry registry,
      RecordSink sink) {
    String testCode = need(row, p + "TESTCD");
    String category = row.get(p + "CAT");
    ItemRef ref =
        registry
            .bySdtmTestCode(testCode)
            .orElseThrow(
                () -> {
                  ScaleDefinition byCategory = registry.bySdtmCategory(category).orElse(null);
                  return byCategory != null
                      ? IngestErrors.unknownItem(
                          p + "TESTCD", "test code", testCode, byCategory.id(), null)
                      : IngestErrors.unknownScale(
                          p + "TESTCD",
                          "test code",
                          testCode,
                          category == null ? null : "category '" + category + "'");
                });
    if (category != null) {
      ScaleDefinition byCategory = registry.bySdtmCategory(category).orElse(null);
      if (byCategory != null && byCategory != ref.scale()) {
        throw IngestErrors.unknownItem(
            p + "TESTCD", "test code", testCode, category, "it belongs to " + ref.scale().id());
      }
    }
    if (ref.isIgnored()) {
      return;
    }
    String status = row.get(p + "STAT");
    boolean notDone =
        status != null && status.toUpperCase(Locale.ROOT).replace('_', ' ').equals("NOT DONE");
    String value = notDone ? null : row.get(p + "STRESN");
    RecordTime time =
        RecordTime.parse(row.get(p + "DTC"), p + "DTC", row.get(p + "DY"), p + "DY", null, null);
    sink.score(
        Observations.score(
            study,
            null,
            subject,
            ref.scale().id(),
            ref.item(),
            value,
            p + "STRESN",
            time,
            row.get("VISIT"),
            origin,
            ElapsedTime.parseDuration(row.get(p + "ELTM"), p + "ELTM")));
  }

  /**
   * VS: tests other than the nine the pipeline reads (waist circumference ...) are skipped, as are
   * {@code VSSTAT = NOT DONE} rows; the value is {@code VSSTRESN} in {@code VSSTRESU} (else {@code
   * VSORRES} in {@code VSORRESU}); {@code VSELTM} gives the minutes from the infusion start.
   */
  private static void vitalSign(
      SdtmRow row, String study, String subject, Origin origin, RecordSink sink) {
    if (isNotDone(row.get("VSSTAT"))) {
      return;
    }
    String code = need(row, "VSTESTCD");
    VitalTests.Test test = VitalTests.test(code).orElse(null);
    if (test == null) {
      return;
    }
    boolean standard = row.get("VSSTRESN") != null;
    String valueColumn = standard ? "VSSTRESN" : "VSORRES";
    String unitColumn = standard ? "VSSTRESU" : "VSORRESU";
    if (row.get(valueColumn) == null) {
      throw IngestErrors.missingVitalValue(test.code(), "VSSTRESN");
    }
    VitalTests.Reading reading =
        VitalTests.canonical(
            test, row.get(valueColumn), valueColumn, row.get(unitColumn), unitColumn);
    RecordTime time =
        RecordTime.parse(row.get("VSDTC"), "VSDTC", row.get("VSDY"), "VSDY", null, null);
    sink.vital(
        Observations.vital(
            study,
            null,
            subject,
            test,
            reading,
            time,
            ElapsedTime.parseDuration(row.get("VSELTM"), "VSELTM"),
            row.get("VSPOS"),
            origin));
  }

  /** AE: a partial {@code AESTDTC} keeps the event with an unknown onset day. */
  private static void adverseEvent(
      SdtmRow row, String study, String subject, Origin origin, RecordSink sink) {
    String term = need(row, "AETERM");
    EventDates.When onset =
        EventDates.when(row.get("AESTDTC"), "AESTDTC", row.get("AESTDY"), "AESTDY");
    EventDates.When end =
        EventDates.when(row.get("AEENDTC"), "AEENDTC", row.get("AEENDY"), "AEENDY");
    if (onset.date() == null && row.get("AESTDTC") != null) {
      // A partial onset date: the study day alone cannot be trusted against a different date.
      onset = new EventDates.When(null, null);
    }
    sink.adverseEvent(
        new AdverseEventObservation(
            study,
            row.get("SITEID"),
            subject,
            term,
            row.get("AEDECOD"),
            row.get("AEBODSYS"),
            AdverseEventValues.severity(row.get("AESEV"), "AESEV"),
            AdverseEventValues.yesNo(row.get("AESER"), "AESER"),
            row.get("AEREL"),
            onset.date(),
            onset.studyDay(),
            end.date(),
            end.studyDay(),
            origin));
  }

  /** CM: partial dates are kept as written (the course factors read their first or last day). */
  private static void medication(
      SdtmRow row, String study, String subject, Origin origin, RecordSink sink) {
    String drug = need(row, "CMTRT");
    String endDate = MedicationDates.date(row.get("CMENDTC"), "CMENDTC");
    Integer endDay = TimeParsing.parseStudyDay(row.get("CMENDY"), "CMENDY");
    sink.medication(
        new MedicationObservation(
            study,
            row.get("SITEID"),
            subject,
            drug,
            MedicationValues.decod(row.get("CMDECOD")),
            row.get("CMCLAS"),
            MedicationDates.date(row.get("CMSTDTC"), "CMSTDTC"),
            TimeParsing.parseStudyDay(row.get("CMSTDY"), "CMSTDY"),
            endDate,
            endDay,
            MedicationValues.sdtmOngoing(
                row.get("CMENRTPT"), row.get("CMENRF"), endDate != null || endDay != null),
            Doses.parse(row.get("CMDOSE"), "CMDOSE"),
            row.get("CMDOSU"),
            row.get("CMROUTE"),
            row.get("CMDOSFRQ"),
            origin));
  }

  private static boolean isNotDone(String status) {
    return status != null && status.toUpperCase(Locale.ROOT).replace('_', ' ').equals("NOT DONE");
  }

  private static void exposure(
      SdtmRow row, String study, String subject, Origin origin, RecordSink sink) {
    RecordTime time =
        RecordTime.parse(row.get("EXSTDTC"), "EXSTDTC", row.get("EXSTDY"), "EXSTDY", null, null);
    Doses.Dose dose =
        Doses.byUnit(Doses.parse(row.get("EXDOSE"), "EXDOSE"), row.get("EXDOSU"), "EXDOSU");
    sink.infusion(
        Observations.infusion(
            study,
            null,
            subject,
            time,
            dose.mgPerKg(),
            dose.mg(),
            row.get("EXROUTE"),
            row.get("EXTRT"),
            row.get("EXGRPID"),
            origin));
  }

  private static void demographics(
      SdtmRow row, String study, String subject, Origin origin, RecordSink sink) {
    var ref = row.get("RFSTDTC");
    java.time.LocalDate reference = null;
    if (ref != null) {
      try {
        var parsed = TimeParsing.parseDateTime(ref, "RFSTDTC");
        reference = parsed == null ? null : parsed.date();
      } catch (FieldProblem partial) {
        // A partial RFSTDTC cannot anchor study days; the subject simply has no reference date.
        reference = null;
      }
    }
    sink.subject(
        Ages.subject(
            study,
            subject,
            row.get("SITEID"),
            row.get("SEX"),
            row.get("AGE"),
            "AGE",
            row.get("ARM"),
            reference,
            origin));
  }

  private static String need(SdtmRow row, String variable) {
    String v = row.get(variable);
    if (v == null) {
      throw IngestErrors.requiredValueMissing(variable, null);
    }
    return v;
  }
}
