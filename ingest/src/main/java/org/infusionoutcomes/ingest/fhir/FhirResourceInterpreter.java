package org.infusionoutcomes.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.infusionoutcomes.ingest.privacy.DirectIdentifiers;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * What one FHIR R4 resource yields (docs/formats.md, "FHIR R4"), independent of how the file packs
 * resources.
 *
 * <ul>
 *   <li>{@code Observation}: the LOINC code names scale and item or total through the registry; a
 *       panel code (44249-1) and unscored codes (69722-7) only group and yield nothing by
 *       themselves; {@code component}s are read like member Observations. The value is {@code
 *       valueInteger}, {@code valueQuantity.value}, {@code valueString} or a coded answer ({@code
 *       valueCodeableConcept}: the {@code ordinalValue}/{@code itemWeight} extension of a coding,
 *       else the scale's LOINC answer code, else the code as text so that scoring rejects it);
 *       {@code dataAbsentReason} or no value is a missing item. Time: {@code effectiveDateTime},
 *       {@code effectiveInstant} or {@code effectivePeriod.start}.
 *   <li>vital-sign {@code Observation}s (LOINC 8480-6, 8462-4, 8867-4, 59408-5, 2708-6, 9279-1,
 *       8310-5, 29463-7, 8302-2, 39156-5; the blood-pressure panel 85354-9 with its components): a
 *       reading per code from {@code valueQuantity} in its UCUM {@code code} (else {@code unit}).
 *   <li>{@code QuestionnaireResponse}: items (nested groups included) by linkId through the
 *       registry, else by the LOINC code in the linkId ({@code /44250-9}), else by the project's
 *       default item names ({@code madrs_1}, {@code phq9_total}, the REDCap defaults); linkIds that
 *       name nothing are skipped, but at least one must name a scale item. Answers: {@code
 *       valueCoding}, {@code valueInteger}, {@code valueDecimal}, {@code valueString}, {@code
 *       valueQuantity}. Time: {@code authored}.
 *   <li>{@code MedicationAdministration}: an infusion; {@code dosage.dose} in mg/kg or mg (by
 *       {@code code}, else {@code unit}); time from {@code effectiveDateTime} or {@code
 *       effectivePeriod.start}; drug from {@code medicationCodeableConcept}; route from {@code
 *       dosage.route}; the extensions {@link #COURSE_LABEL} and {@link #DOSE_MG} carry a course
 *       label and an absolute dose next to a mg/kg one.
 *   <li>{@code Patient}: sex from {@code gender} (M, F, U), site from {@code managingOrganization};
 *       a Patient with a name, telecom, address, identifier, contact, photo or a full birth date
 *       holds direct identifiers and is refused without copying its text.
 * </ul>
 *
 * Times carry UTC offsets; the local date and time as written are used. The visit label is {@code
 * encounter.display} when present. {@code status} {@code entered-in-error}, {@code cancelled} and
 * {@code not-done} resources are rejected: they record nothing that happened. A reference display
 * of the subject ({@code subject.display}) is usually the patient's name and is refused like one.
 */
public final class FhirResourceInterpreter {
  /** Extension carrying an explicit course label on a MedicationAdministration. */
  public static final String COURSE_LABEL =
      "https://infusion-outcomes.org/fhir/StructureDefinition/course-label";

  /** Extension carrying the absolute dose in mg when {@code dosage.dose} is in mg/kg. */
  public static final String DOSE_MG =
      "https://infusion-outcomes.org/fhir/StructureDefinition/dose-mg";

  /**
   * Extension carrying the minutes since the start of the day's infusion on a vital-sign
   * Observation ({@code valueInteger}; negative = before).
   */
  public static final String MINUTES_FROM_START =
      "https://infusion-outcomes.org/fhir/StructureDefinition/minutes-from-start";

  private static final Set<String> VOID_STATUSES =
      Set.of("entered-in-error", "cancelled", "not-done");
  private static final Set<String> PATIENT_IDENTIFIERS =
      Set.of("name", "telecom", "address", "identifier", "contact", "photo");

  private final ScaleRegistry registry;
  private final String studyId;

  /**
   * @param registry the scales
   * @param studyId the study of every record (FHIR carries none, docs/formats.md, "FHIR R4")
   */
  public FhirResourceInterpreter(ScaleRegistry registry, String studyId) {
    this.registry = registry;
    this.studyId = studyId;
  }

  /** Everything one resource yields; emitted only when the whole resource was read. */
  public record Yield(
      List<ScoreObservation> scores,
      List<InfusionObservation> infusions,
      List<SubjectObservation> subjects,
      List<VitalObservation> vitals) {
    /** Reports every observation to {@code sink}. */
    public void emitTo(RecordSink sink) {
      scores.forEach(sink::score);
      infusions.forEach(sink::infusion);
      subjects.forEach(sink::subject);
      vitals.forEach(sink::vital);
    }
  }

  /** The blood-pressure panel: its components carry SBP and DBP. */
  private static final String BP_PANEL = "85354-9";

  /**
   * Reads one resource.
   *
   * @throws FieldProblem for a resource that cannot be used; nothing of it is kept
   */
  public Yield interpret(JsonNode resource, Origin origin) {
    String type = resource.path("resourceType").asText("");
    List<ScoreObservation> scores = new ArrayList<>();
    List<InfusionObservation> infusions = new ArrayList<>();
    List<SubjectObservation> subjects = new ArrayList<>();
    List<VitalObservation> vitals = new ArrayList<>();
    switch (type) {
      case "Observation" -> {
        if (isVitalSign(resource)) {
          vitalSigns(resource, origin, vitals);
        } else {
          observation(resource, origin, scores);
        }
      }
      case "QuestionnaireResponse" -> questionnaireResponse(resource, origin, scores);
      case "MedicationAdministration" -> infusions.add(medicationAdministration(resource, origin));
      case "Patient" -> subjects.add(patient(resource, origin));
      case "" ->
          throw IngestErrors.unsupportedRecord(
              "resourceType", "the JSON object has no resourceType; it is not a FHIR resource");
      default ->
          throw IngestErrors.unsupportedRecord(
              "resourceType",
              "resource type "
                  + type
                  + " is not read (Observation, QuestionnaireResponse, MedicationAdministration, Patient"
                  + " and Bundles of them are)");
    }
    return new Yield(scores, infusions, subjects, vitals);
  }

  // ---------------------------------------------------------------- Observation

  private void observation(JsonNode obs, Origin origin, List<ScoreObservation> out) {
    checkStatus(obs);
    String subject = subjectOf(obs);
    ItemRef ref = codeOf(obs.path("code"), "code");
    RecordTime time = effectiveTime(obs, "effective");
    String visit = visitOf(obs);
    if (!ref.isIgnored()) {
      out.add(
          score(
              ref,
              observedValue(obs, ref.scale(), ""),
              valueField(obs, ""),
              subject,
              time,
              visit,
              origin));
    }
    JsonNode components = obs.path("component");
    for (int i = 0; i < components.size(); i++) {
      JsonNode c = components.get(i);
      String prefix = "component[" + i + "].";
      ItemRef cref = codeOf(c.path("code"), prefix + "code");
      if (!cref.isIgnored()) {
        out.add(
            score(
                cref,
                observedValue(c, cref.scale(), prefix),
                valueField(c, prefix),
                subject,
                time,
                visit,
                origin));
      }
    }
  }

  // ---------------------------------------------------------------- vital signs

  private static String loincOf(JsonNode code, java.util.function.Predicate<String> wanted) {
    for (JsonNode c : code.path("coding")) {
      String value = c.path("code").asText("").trim();
      if (wanted.test(value)) {
        return value;
      }
    }
    return null;
  }

  private static boolean isVitalSign(JsonNode obs) {
    return loincOf(
            obs.path("code"), c -> VitalLoinc.TEST_OF_CODE.containsKey(c) || c.equals(BP_PANEL))
        != null;
  }

  /**
   * A vital-sign Observation: its own value and the vital-sign values of its components (the
   * blood-pressure panel 85354-9 carries SBP 8480-6 and DBP 8462-4 as components). Other components
   * are ignored; a panel without a usable component is rejected.
   */
  private void vitalSigns(JsonNode obs, Origin origin, List<VitalObservation> out) {
    checkStatus(obs);
    String subject = subjectOf(obs);
    RecordTime time = effectiveTime(obs, "effective");
    Integer minutes = null;
    for (JsonNode ext : obs.path("extension")) {
      if (MINUTES_FROM_START.equals(ext.path("url").asText())) {
        JsonNode v = ext.path("valueInteger");
        if (!v.isIntegralNumber()) {
          throw new FieldProblem(
              RejectRule.INVALID_DURATION,
              "extension.valueInteger",
              "the minutes-from-start extension holds no whole number (valueInteger)");
        }
        minutes = v.asInt();
      }
    }
    String code = loincOf(obs.path("code"), VitalLoinc.TEST_OF_CODE::containsKey);
    if (code != null) {
      out.add(vital(VitalLoinc.TEST_OF_CODE.get(code), obs, "", subject, time, minutes, origin));
    }
    JsonNode components = obs.path("component");
    for (int i = 0; i < components.size(); i++) {
      JsonNode c = components.get(i);
      String ccode = loincOf(c.path("code"), VitalLoinc.TEST_OF_CODE::containsKey);
      if (ccode != null) {
        out.add(
            vital(
                VitalLoinc.TEST_OF_CODE.get(ccode),
                c,
                "component[" + i + "].",
                subject,
                time,
                minutes,
                origin));
      }
    }
    if (out.isEmpty()) {
      throw new FieldProblem(
          RejectRule.MISSING_REQUIRED_VALUE,
          "component",
          "the blood-pressure panel has no component with LOINC 8480-6 (systolic) or 8462-4 (diastolic)");
    }
  }

  private VitalObservation vital(
      String testCode,
      JsonNode node,
      String prefix,
      String subject,
      RecordTime time,
      Integer minutes,
      Origin origin) {
    VitalTests.Test test = VitalTests.test(testCode).orElseThrow();
    JsonNode quantity = node.path("valueQuantity");
    if (quantity.isMissingNode() || quantity.path("value").isMissingNode()) {
      throw IngestErrors.missingVitalValue(test.code(), prefix + "valueQuantity.value");
    }
    String unit = text(quantity, "code");
    if (unit == null) {
      unit = text(quantity, "unit");
    }
    VitalTests.Reading reading =
        VitalTests.canonical(
            test,
            numberText(quantity.get("value")),
            prefix + "valueQuantity.value",
            unit,
            prefix + "valueQuantity.code");
    return Observations.vital(studyId, null, subject, test, reading, time, minutes, null, origin);
  }

  /** What a CodeableConcept names: the first of its codings that the registry knows. */
  private ItemRef codeOf(JsonNode code, String field) {
    JsonNode codings = code.path("coding");
    List<String> seen = new ArrayList<>();
    for (JsonNode c : codings) {
      String value = c.path("code").asText("").trim();
      if (!value.isEmpty()) {
        seen.add(value);
        Optional<ItemRef> ref = registry.byLoinc(value);
        if (ref.isPresent()) {
          return ref.get();
        }
      }
    }
    if (seen.isEmpty()) {
      throw IngestErrors.requiredElementMissing(field + ".coding", "the Observation has no code");
    }
    throw IngestErrors.unknownScale(
        field + ".coding", "LOINC code", String.join("', '", seen), "panel, item or total");
  }

  private static String valueField(JsonNode node, String prefix) {
    for (String f :
        List.of(
            "valueInteger",
            "valueQuantity",
            "valueString",
            "valueCodeableConcept",
            "valueDecimal")) {
      if (node.has(f)) {
        return prefix + f;
      }
    }
    return prefix + "value[x]";
  }

  /** The value of an Observation or component as text; null for a missing value. */
  private static String observedValue(JsonNode node, ScaleDefinition scale, String prefix) {
    if (node.has("valueInteger")) {
      return numberText(node.get("valueInteger"));
    }
    if (node.has("valueDecimal")) {
      return numberText(node.get("valueDecimal"));
    }
    if (node.has("valueQuantity")) {
      JsonNode v = node.get("valueQuantity").path("value");
      return v.isMissingNode() || v.isNull() ? null : numberText(v);
    }
    if (node.has("valueString")) {
      String s = node.get("valueString").asText().trim();
      return s.isEmpty() ? null : s;
    }
    if (node.has("valueCodeableConcept")) {
      return codedValue(
          scale,
          node.get("valueCodeableConcept").path("coding"),
          node.get("valueCodeableConcept").path("text"));
    }
    for (String f :
        List.of(
            "valueBoolean",
            "valueRange",
            "valueRatio",
            "valueDateTime",
            "valueTime",
            "valuePeriod",
            "valueSampledData")) {
      if (node.has(f)) {
        throw IngestErrors.invalidValueType(
            prefix + f, f + " cannot hold a scale score (a number or a coded answer is expected)");
      }
    }
    return null;
  }

  /**
   * The numeric value of a coded answer: a coding's ordinal-value extension, else the scale's LOINC
   * answer code; when neither is known, the code itself, which scoring then rejects as not a
   * number.
   */
  private static String codedValue(ScaleDefinition scale, JsonNode codings, JsonNode text) {
    String firstCode = null;
    for (JsonNode c : codings.isArray() ? codings : List.of(codings)) {
      if (c.isMissingNode()) {
        continue;
      }
      for (JsonNode ext : c.path("extension")) {
        String url = ext.path("url").asText("");
        if ((url.endsWith("/ordinalValue")
                || url.endsWith("/itemWeight")
                || url.endsWith("iso21090-CO-value"))
            && ext.has("valueDecimal")) {
          return numberText(ext.get("valueDecimal"));
        }
      }
      String code = c.path("code").asText("").trim();
      Integer v = scale.codes().loinc().answerValues().get(code);
      if (v != null) {
        return v.toString();
      }
      if (firstCode == null && !code.isEmpty()) {
        firstCode = code;
      }
    }
    if (firstCode != null) {
      return firstCode;
    }
    String t = text.asText("").trim();
    return t.isEmpty() ? null : t;
  }

  private static String numberText(JsonNode n) {
    if (n.isNumber()) {
      return n.isIntegralNumber()
          ? n.bigIntegerValue().toString()
          : n.decimalValue().toPlainString();
    }
    String s = n.asText().trim();
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- QuestionnaireResponse

  private record Answer(ItemRef ref, String linkId, JsonNode answer) {}

  private void questionnaireResponse(JsonNode qr, Origin origin, List<ScoreObservation> out) {
    checkStatus(qr);
    String subject = subjectOf(qr);
    String authored = text(qr, "authored");
    RecordTime time =
        RecordTime.of(
            TimeParsing.parseDateTime(authored, "authored"), null, null, "authored", null);
    String visit = visitOf(qr);
    List<Answer> answers = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    collectAnswers(qr.path("item"), answers, unknown);
    if (answers.isEmpty()) {
      throw IngestErrors.noScaleItems("item.linkId", unknown);
    }
    for (Answer a : answers) {
      if (a.ref().isIgnored()) {
        continue;
      }
      out.add(
          score(
              a.ref(),
              answerValue(a.ref().scale(), a.answer()),
              "item[" + a.linkId() + "].answer",
              subject,
              time,
              visit,
              origin));
    }
  }

  private void collectAnswers(JsonNode items, List<Answer> answers, List<String> unknown) {
    for (JsonNode item : items) {
      String linkId = item.path("linkId").asText("").trim();
      Optional<ItemRef> ref = linkId.isEmpty() ? Optional.empty() : resolveLinkId(linkId);
      JsonNode first = item.path("answer").path(0);
      if (ref.isPresent()) {
        answers.add(new Answer(ref.get(), linkId, first));
      } else if (!linkId.isEmpty() && item.has("answer")) {
        unknown.add(linkId);
      }
      for (JsonNode answer : item.path("answer")) {
        collectAnswers(answer.path("item"), answers, unknown);
      }
      collectAnswers(item.path("item"), answers, unknown);
    }
  }

  private Optional<ItemRef> resolveLinkId(String linkId) {
    Optional<ItemRef> ref = registry.byQuestionnaireLinkId(linkId);
    if (ref.isEmpty()) {
      ref = registry.byLoinc(linkId.startsWith("/") ? linkId.substring(1) : linkId);
    }
    if (ref.isEmpty()) {
      ref = registry.byRedcapField(linkId);
    }
    return ref;
  }

  private static String answerValue(ScaleDefinition scale, JsonNode answer) {
    if (answer.isMissingNode() || answer.isNull()) {
      return null;
    }
    if (answer.has("valueCoding")) {
      return codedValue(
          scale, answer.get("valueCoding"), answer.get("valueCoding").path("display"));
    }
    return observedValue(answer, scale, "answer.");
  }

  // ---------------------------------------------------------------- MedicationAdministration

  private InfusionObservation medicationAdministration(JsonNode ma, Origin origin) {
    checkStatus(ma);
    String subject = subjectOf(ma);
    RecordTime time = effectiveTime(ma, "effective");
    JsonNode dose = ma.path("dosage").path("dose");
    Double perKg = null;
    Double mg = null;
    if (!dose.isMissingNode() && dose.has("value")) {
      String unitText =
          dose.has("code") ? dose.path("code").asText() : dose.path("unit").asText("");
      Doses.Dose byUnit =
          Doses.byUnit(
              Doses.parse(numberText(dose.get("value")), "dosage.dose.value"),
              unitText,
              "dosage.dose.unit");
      perKg = byUnit.mgPerKg();
      mg = byUnit.mg();
    }
    String doseMg = extension(ma, DOSE_MG, "valueDecimal");
    if (doseMg != null) {
      if (mg != null) {
        throw IngestErrors.numberGivenTwice(
            "extension", "the dose in mg is given twice (dosage.dose and the dose-mg extension)");
      }
      mg = Doses.parse(doseMg, "extension[dose-mg]");
    }
    return Observations.infusion(
        studyId,
        null,
        subject,
        time,
        perKg,
        mg,
        conceptText(ma.path("dosage").path("route")),
        drugOf(ma),
        extension(ma, COURSE_LABEL, "valueString"),
        origin);
  }

  private static String drugOf(JsonNode ma) {
    String drug = conceptText(ma.path("medicationCodeableConcept"));
    if (drug == null) {
      String display = ma.path("medicationReference").path("display").asText("").trim();
      drug = display.isEmpty() ? null : display;
    }
    return drug;
  }

  /** {@code text}, else the first coding's display, else its code. */
  private static String conceptText(JsonNode concept) {
    String t = concept.path("text").asText("").trim();
    if (!t.isEmpty()) {
      return t;
    }
    for (JsonNode c : concept.path("coding")) {
      String d = c.path("display").asText("").trim();
      if (!d.isEmpty()) {
        return d;
      }
      String code = c.path("code").asText("").trim();
      if (!code.isEmpty()) {
        return code;
      }
    }
    return null;
  }

  private static String extension(JsonNode resource, String url, String valueField) {
    for (JsonNode ext : resource.path("extension")) {
      if (url.equals(ext.path("url").asText())) {
        JsonNode v = ext.path(valueField);
        return v.isMissingNode() || v.isNull()
            ? null
            : v.isNumber() ? numberText(v) : v.asText().trim();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- Patient

  private SubjectObservation patient(JsonNode p, Origin origin) {
    for (String field : PATIENT_IDENTIFIERS) {
      if (p.has(field)
          && !p.get(field).isNull()
          && !(p.get(field).isArray() && p.get(field).isEmpty())) {
        throw IngestErrors.directIdentifier(
            field,
            "the Patient resource has '"
                + field
                + "', a direct identifier; inputs must be de-identified, so the resource is"
                + " refused and its text not kept - export Patients without "
                + field
                + " and run again");
      }
    }
    if (DirectIdentifiers.isFullDate(p.path("birthDate").asText(null))) {
      throw IngestErrors.fullBirthDate("birthDate", "the Patient resource has");
    }
    String id = text(p, "id");
    if (id == null) {
      throw IngestErrors.requiredElementMissing(
          "id", "the Patient has no id, so its records cannot be linked to it");
    }
    String gender = text(p, "gender");
    String sex =
        gender == null
            ? null
            : switch (gender.toLowerCase(Locale.ROOT)) {
              case "male" -> "M";
              case "female" -> "F";
              case "unknown" -> "U";
              default -> gender;
            };
    String site =
        referenceId(p.path("managingOrganization").path("reference").asText(null), "Organization");
    if (site == null) {
      site = text(p.path("managingOrganization"), "display");
    }
    return new SubjectObservation(studyId, id, site, sex, null, null, null, origin);
  }

  // ---------------------------------------------------------------- shared

  private static void checkStatus(JsonNode resource) {
    String status = text(resource, "status");
    if (status != null && VOID_STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
      throw IngestErrors.unsupportedRecord(
          "status",
          "status '"
              + status
              + "' means the "
              + resource.path("resourceType").asText()
              + " records nothing that happened");
    }
  }

  private static String subjectOf(JsonNode resource) {
    JsonNode subject = resource.path("subject");
    if (subject.has("display")) {
      throw IngestErrors.directIdentifier(
          "subject.display",
          "subject.display is usually the patient's name, a direct identifier; export references without display and run again");
    }
    String reference = text(subject, "reference");
    if (reference == null) {
      throw IngestErrors.requiredElementMissing(
          "subject.reference", "the resource names no subject");
    }
    String id = referenceId(reference, "Patient");
    if (id == null) {
      throw IngestErrors.unsupportedRecord(
          "subject.reference",
          "subject '" + reference + "' is not a Patient reference (Patient/<id>)");
    }
    return id;
  }

  /** The subject id of a resource for a reject, or null when it cannot be read. */
  static String subjectIdOrNull(JsonNode resource) {
    if ("Patient".equals(resource.path("resourceType").asText())) {
      return text(resource, "id");
    }
    return referenceId(resource.path("subject").path("reference").asText(null), "Patient");
  }

  /**
   * The id part of a reference to {@code type}: {@code Patient/G1-001}, an absolute URL ending in
   * {@code Patient/G1-001/_history/2}, or {@code urn:uuid:...} (Bundles); null otherwise.
   */
  static String referenceId(String reference, String type) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    String r = reference.trim();
    if (r.startsWith("urn:uuid:")) {
      return r.substring("urn:uuid:".length());
    }
    int at = r.lastIndexOf(type + "/");
    if (at < 0 || (at > 0 && r.charAt(at - 1) != '/')) {
      return null;
    }
    String rest = r.substring(at + type.length() + 1);
    int slash = rest.indexOf('/');
    String id = slash < 0 ? rest : rest.substring(0, slash);
    return id.isEmpty() ? null : id;
  }

  private static RecordTime effectiveTime(JsonNode resource, String prefix) {
    String field = prefix + "DateTime";
    String value = text(resource, field);
    if (value == null) {
      field = prefix + "Instant";
      value = text(resource, field);
    }
    if (value == null) {
      field = prefix + "Period.start";
      value = text(resource.path(prefix + "Period"), "start");
    }
    return RecordTime.of(
        TimeParsing.parseDateTime(value, field),
        null,
        null,
        value == null ? prefix + "DateTime" : field,
        null);
  }

  private static String visitOf(JsonNode resource) {
    return text(resource.path("encounter"), "display");
  }

  private ScoreObservation score(
      ItemRef ref,
      String value,
      String field,
      String subject,
      RecordTime time,
      String visit,
      Origin origin) {
    return Observations.score(
        studyId,
        null,
        subject,
        ref.scale().id(),
        ref.item(),
        value,
        field,
        time,
        visit,
        origin,
        null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }
}
