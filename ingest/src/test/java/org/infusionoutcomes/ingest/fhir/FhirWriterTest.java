package org.infusionoutcomes.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.mapping.FormatRoundTrip;
import org.infusionoutcomes.ingest.mapping.ReadBack;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.synthetic.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirWriterTest {
  /** FHIR carries the site on the Patient only, and no age, arm or reference date. */
  private static final FormatRoundTrip.Carries FHIR =
      new FormatRoundTrip.Carries(false, false, false, false);

  @TempDir Path dir;

  @Test
  void studyReadsBackLikeGenericCsv() throws IOException {
    SyntheticStudy study = FormatRoundTrip.handBuiltStudy();
    new GenericCsvWriter().write(study, dir.resolve("generic"));
    new FhirWriter().write(study, dir.resolve(FormatRoundTrip.STUDY));
    ReadBack.Result generic = ReadBack.readTree(dir.resolve("generic"), null);
    ReadBack.Result fhir = ReadBack.readTree(dir.resolve(FormatRoundTrip.STUDY), null);
    assertThat(fhir.detections().values())
        .allMatch(Detection::isRead)
        .extracting(Detection::format)
        .containsOnly(SourceFormat.FHIR);
    assertThat(fhir.detections())
        .containsKeys(
            "Observation.ndjson",
            "QuestionnaireResponse.ndjson",
            "Patient.ndjson",
            "MedicationAdministration.ndjson");
    fhir.assertEveryRecordAccountedFor();
    assertThat(fhir.sink().rejects).isEmpty();
    FormatRoundTrip.assertSameAsGeneric(generic.sink(), fhir.sink(), FHIR);
    // PHQ-9 items went out as LOINC answer codes with the ordinalValue extension.
    assertThat(Files.readString(dir.resolve(FormatRoundTrip.STUDY).resolve("Observation.ndjson")))
        .contains("LA6570-1", "ordinalValue");
  }
}
