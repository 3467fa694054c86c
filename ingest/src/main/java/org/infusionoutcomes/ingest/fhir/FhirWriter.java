package org.infusionoutcomes.ingest.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as a FHIR R4 bulk export (NDJSON, one file per resource type), the inverse of
 * {@link FhirReader}:
 *
 * <ul>
 *   <li>{@code Patient.ndjson}: id, gender (M/F/U -> male/female/unknown) and the site as {@code
 *       managingOrganization}; age, arm and reference date have no place in a de-identified Patient
 *       and are not written.
 *   <li>{@code Observation.ndjson}: scales with LOINC item and total codes, one Observation per
 *       answered item (a coded answer with the LOINC answer code and the {@code ordinalValue}
 *       extension when the scale has answer codes, else {@code valueInteger}) and one per reported
 *       total ({@code valueQuantity}).
 *   <li>{@code QuestionnaireResponse.ndjson}: scales without LOINC codes (MADRS), with the
 *       registry's linkIds or else the project's default item names ({@code madrs_1} ... {@code
 *       madrs_total}).
 *   <li>{@code MedicationAdministration.ndjson}: one per infusion, {@code dosage.dose} in mg/kg
 *       (else mg), the mg dose next to a mg/kg one and the course label as extensions.
 * </ul>
 *
 * Times are written as local date-times marked {@code +00:00}; the reader uses the local time as
 * written. The visit is {@code encounter.display}. FHIR holds calendar dates: a record with only a
 * study day cannot be written ({@link IllegalArgumentException}).
 */
public final class FhirWriter implements StudyWriter {
  private static final String LOINC = "http://loinc.org";
  private static final String ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

  private final ScaleRegistry registry;

  /** A writer taking codes from {@code registry}. */
  public FhirWriter(ScaleRegistry registry) {
    this.registry = registry;
  }

  /** A writer using the shipped scales. */
  public FhirWriter() {
    this(ScaleRegistry.shipped());
  }

  @Override
  public String formatId() {
    return "fhir";
  }

  @Override
  public List<Path> write(SyntheticStudy study, Path dir) throws IOException {
    List<ObjectNode> patients = new ArrayList<>();
    for (Subject s : study.subjects()) {
      ObjectNode p = resource("Patient");
      p.put("id", s.subjectId());
      if (s.sex() != null) {
        p.put(
            "gender",
            switch (s.sex().toUpperCase(java.util.Locale.ROOT)) {
              case "M" -> "male";
              case "F" -> "female";
              case "U" -> "unknown";
              default -> s.sex();
            });
      }
      if (s.siteId() != null) {
        p.putObject("managingOrganization").put("reference", "Organization/" + s.siteId());
      }
      patients.add(p);
    }
    List<ObjectNode> observations = new ArrayList<>();
    List<ObjectNode> responses = new ArrayList<>();
    for (Assessment a : study.assessments()) {
      ScaleDefinition scale =
          registry
              .byId(a.scale())
              .orElseThrow(() -> IngestErrors.unknownScale("scale", "scale", a.scale()));
      String when =
          dateTime(
              a.assessmentDate(),
              a.assessmentTime(),
              a.scale() + " assessment of " + a.subjectId());
      ScaleDefinition.LoincCodes loinc = scale.codes().loinc();
      if (loinc.itemCodes().size() == scale.itemCount() && loinc.totalCode() != null) {
        observations.addAll(observations(a, scale, when));
      } else {
        responses.add(questionnaireResponse(a, scale, when));
      }
    }
    List<ObjectNode> administrations = new ArrayList<>();
    for (Infusion i : study.infusions()) {
      administrations.add(medicationAdministration(i));
    }
    List<ObjectNode> vitals = vitalSigns(study);
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<ObjectNode>> e :
        List.of(
            Map.entry("Patient", patients),
            Map.entry("Observation", observations),
            Map.entry("QuestionnaireResponse", responses),
            Map.entry("MedicationAdministration", administrations),
            Map.entry("Observation-vital-signs", vitals))) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Path file = dir.resolve(e.getKey() + ".ndjson");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (ObjectNode r : e.getValue()) {
          w.write(FhirReader.JSON.writeValueAsString(r));
          w.write('\n');
        }
      }
      files.add(file);
    }
    return files;
  }

  private List<ObjectNode> observations(Assessment a, ScaleDefinition scale, String when) {
    ScaleDefinition.LoincCodes loinc = scale.codes().loinc();
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      Integer v = a.items().get(i);
      if (v == null) {
        continue;
      }
      ObjectNode o = observation(a, loinc.itemCodes().get(i), when);
      String answerCode = answerCode(loinc.answerValues(), v);
      if (answerCode != null) {
        ObjectNode coding = o.putObject("valueCodeableConcept").putArray("coding").addObject();
        coding.put("system", LOINC).put("code", answerCode);
        coding.putArray("extension").addObject().put("url", ORDINAL).put("valueDecimal", v);
      } else {
        o.put("valueInteger", v);
      }
      out.add(o);
    }
    if (a.reportedTotal() != null) {
      ObjectNode o = observation(a, loinc.totalCode(), when);
      o.putObject("valueQuantity")
          .put("value", BigDecimal.valueOf(a.reportedTotal()).stripTrailingZeros())
          .put("unit", "{score}");
      out.add(o);
    }
    return out;
  }

  private static ObjectNode observation(Assessment a, String code, String when) {
    ObjectNode o = resource("Observation");
    o.put("status", "final");
    o.putObject("code").putArray("coding").addObject().put("system", LOINC).put("code", code);
    subject(o, a.subjectId());
    o.put("effectiveDateTime", when);
    encounter(o, a.visit());
    return o;
  }

  private ObjectNode questionnaireResponse(Assessment a, ScaleDefinition scale, String when) {
    List<String> linkIds = scale.codes().questionnaireLinkIds();
    ScaleDefinition.RedcapFields names = scale.codes().redcap();
    if (linkIds.isEmpty() && names.itemFields().isEmpty()) {
      throw new IllegalArgumentException(
          "scale " + scale.id() + " has neither LOINC codes nor item names to write it as FHIR");
    }
    ObjectNode qr = resource("QuestionnaireResponse");
    qr.put("status", "completed");
    subject(qr, a.subjectId());
    qr.put("authored", when);
    encounter(qr, a.visit());
    ArrayNode items = qr.putArray("item");
    for (int i = 0; i < a.items().size(); i++) {
      Integer v = a.items().get(i);
      if (v != null) {
        ObjectNode item =
            items
                .addObject()
                .put("linkId", linkIds.isEmpty() ? names.itemFields().get(i) : linkIds.get(i));
        item.putArray("answer").addObject().put("valueInteger", v);
      }
    }
    if (a.reportedTotal() != null) {
      String totalLink = names.totalField();
      if (totalLink == null) {
        throw new IllegalArgumentException(
            "scale " + scale.id() + " has no item name for its total");
      }
      items
          .addObject()
          .put("linkId", totalLink)
          .putArray("answer")
          .addObject()
          .put("valueDecimal", BigDecimal.valueOf(a.reportedTotal()).stripTrailingZeros());
    }
    return qr;
  }

  private static ObjectNode medicationAdministration(Infusion i) {
    ObjectNode m = resource("MedicationAdministration");
    m.put("status", "completed");
    boolean bothDoses = i.doseMgPerKg() != null && i.doseMg() != null;
    if (i.courseLabel() != null || bothDoses) {
      ArrayNode extensions = m.putArray("extension");
      if (i.courseLabel() != null) {
        extensions
            .addObject()
            .put("url", FhirResourceInterpreter.COURSE_LABEL)
            .put("valueString", i.courseLabel());
      }
      if (bothDoses) {
        extensions
            .addObject()
            .put("url", FhirResourceInterpreter.DOSE_MG)
            .put("valueDecimal", BigDecimal.valueOf(i.doseMg()));
      }
    }
    if (i.drug() != null) {
      m.putObject("medicationCodeableConcept").put("text", i.drug());
    }
    subject(m, i.subjectId());
    m.put(
        "effectiveDateTime",
        dateTime(i.infusionDate(), i.infusionTime(), "infusion of " + i.subjectId()));
    ObjectNode dosage = m.putObject("dosage");
    if (i.route() != null) {
      dosage.putObject("route").put("text", i.route());
    }
    Double dose = i.doseMgPerKg() != null ? i.doseMgPerKg() : i.doseMg();
    if (dose != null) {
      String unit = i.doseMgPerKg() != null ? "mg/kg" : "mg";
      dosage
          .putObject("dose")
          .put("value", BigDecimal.valueOf(dose))
          .put("unit", unit)
          .put("system", "http://unitsofmeasure.org")
          .put("code", unit);
    }
    return m;
  }

  private static final Map<String, String> UCUM =
      Map.of("mmHg", "mm[Hg]", "beats/min", "/min", "breaths/min", "/min", "%", "%", "C", "Cel");

  /**
   * Vital-sign Observations: SBP and DBP of one time point as the blood-pressure panel with two
   * components, other tests one Observation each; minutes from the infusion start in the {@link
   * FhirResourceInterpreter#MINUTES_FROM_START} extension.
   */
  private static List<ObjectNode> vitalSigns(SyntheticStudy study) {
    List<ObjectNode> out = new ArrayList<>();
    Map<String, ObjectNode> panels = new java.util.LinkedHashMap<>();
    for (VitalSign v : study.vitalSigns()) {
      String when = dateTime(v.measuredDate(), v.measuredTime(), "vital sign of " + v.subjectId());
      boolean bp = v.test().equals("SYSBP") || v.test().equals("DIABP");
      ObjectNode target;
      if (bp) {
        String key = v.subjectId() + "|" + when + "|" + v.minutesFromStart();
        target = panels.get(key);
        if (target == null) {
          target = vitalObservation(v, "85354-9", when);
          panels.put(key, target);
          out.add(target);
        }
        ObjectNode c = target.withArray("component").addObject();
        c.putObject("code")
            .putArray("coding")
            .addObject()
            .put("system", LOINC)
            .put("code", VitalLoinc.CODE_OF_TEST.get(v.test()));
        quantity(c, v);
      } else {
        String code = VitalLoinc.CODE_OF_TEST.get(v.test());
        if (code == null) {
          throw new IllegalArgumentException("vital sign " + v.test() + " has no LOINC code here");
        }
        target = vitalObservation(v, code, when);
        quantity(target, v);
        out.add(target);
      }
    }
    return out;
  }

  private static ObjectNode vitalObservation(VitalSign v, String code, String when) {
    ObjectNode o = resource("Observation");
    o.put("status", "final");
    o.putArray("category")
        .addObject()
        .putArray("coding")
        .addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/observation-category")
        .put("code", "vital-signs");
    o.putObject("code").putArray("coding").addObject().put("system", LOINC).put("code", code);
    subject(o, v.subjectId());
    o.put("effectiveDateTime", when);
    if (v.minutesFromStart() != null) {
      o.putArray("extension")
          .addObject()
          .put("url", FhirResourceInterpreter.MINUTES_FROM_START)
          .put("valueInteger", v.minutesFromStart());
    }
    return o;
  }

  private static void quantity(ObjectNode node, VitalSign v) {
    ObjectNode q = node.putObject("valueQuantity");
    q.put("value", v.value());
    q.put("unit", v.unit());
    q.put("system", "http://unitsofmeasure.org");
    q.put("code", UCUM.getOrDefault(v.unit(), v.unit()));
  }

  private static ObjectNode resource(String type) {
    ObjectNode r = FhirReader.JSON.createObjectNode();
    r.put("resourceType", type);
    return r;
  }

  private static void subject(ObjectNode r, String subjectId) {
    r.putObject("subject").put("reference", "Patient/" + subjectId);
  }

  private static void encounter(ObjectNode r, String visit) {
    if (visit != null) {
      r.putObject("encounter").put("display", visit);
    }
  }

  private static String answerCode(Map<String, Integer> answerValues, int value) {
    return answerValues.entrySet().stream()
        .filter(e -> e.getValue() == value)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /** A FHIR dateTime: the date, or the local date-time marked {@code +00:00}. */
  private static String dateTime(LocalDate date, LocalTime time, String what) {
    if (date == null) {
      throw new IllegalArgumentException(
          what + " has only a study day; FHIR resources carry calendar dates");
    }
    if (time == null) {
      return date.toString();
    }
    String t = time.toString();
    return date + "T" + (t.length() == 5 ? t + ":00" : t) + "+00:00";
  }
}
