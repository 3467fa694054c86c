package org.infusionoutcomes.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.fhir.FhirWriter;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.mapping.MappedCsvWriter;
import org.infusionoutcomes.ingest.redcap.RedcapWriter;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.ingest.xpt.XptStudyWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer is the inverse of its format's reader: a study written in the format reads back,
 * through detection and the format's reader, to what the same study written as generic CSV gives.
 */
class StudyWriterRoundTripTest {
  /** FHIR carries the site on the Patient only, and no age, arm or reference date. */
  private static final FormatRoundTrip.Carries FHIR =
      new FormatRoundTrip.Carries(false, false, false, false);

  /** REDCap carries everything of the hand-built study but reference dates (it has none). */
  private static final FormatRoundTrip.Carries REDCAP =
      new FormatRoundTrip.Carries(true, true, true, false);

  /** QS and EX carry no site (DM does); everything else is carried. */
  private static final FormatRoundTrip.Carries XPT =
      new FormatRoundTrip.Carries(false, true, true, true);

  /** What one format's written files and read-back must show beyond the shared checks. */
  @FunctionalInterface
  interface FormatCheck {
    void check(ReadBack.Result read, Path written) throws IOException;
  }

  /**
   * One writer and one study.
   *
   * @param name shown as the test's name
   * @param writer the writer under test
   * @param folder the folder it writes into (its name can be the default study id)
   * @param carries what the format carries besides the core fields
   * @param study the study written
   * @param check the format's own checks
   */
  record Case(
      String name,
      StudyWriter writer,
      String folder,
      FormatRoundTrip.Carries carries,
      Supplier<SyntheticStudy> study,
      FormatCheck check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "FHIR, dates",
            new FhirWriter(),
            FormatRoundTrip.STUDY,
            FHIR,
            FormatRoundTrip::handBuiltStudy,
            (read, written) -> {
              assertThat(read.detections().values())
                  .allMatch(Detection::isRead)
                  .extracting(Detection::format)
                  .containsOnly(SourceFormat.FHIR);
              assertThat(read.detections())
                  .containsKeys(
                      "Observation.ndjson",
                      "QuestionnaireResponse.ndjson",
                      "Patient.ndjson",
                      "MedicationAdministration.ndjson");
              // PHQ-9 items went out as LOINC answer codes with the ordinalValue extension.
              assertThat(Files.readString(written.resolve("Observation.ndjson")))
                  .contains("LA6570-1", "ordinalValue");
            }),
        new Case(
            "REDCap, dates",
            new RedcapWriter(),
            "redcap",
            REDCAP,
            FormatRoundTrip::handBuiltStudy,
            (read, written) -> {
              assertThat(read.detections().values())
                  .extracting(Detection::format)
                  .containsOnly(SourceFormat.REDCAP);
              String text = Files.readString(written.resolve("redcap_export.csv"));
              assertThat(text)
                  .contains(",madrs,1,")
                  .contains("infusion,1,")
                  .contains("2024-01-08 09:30");
            }),
        new Case(
            "SAS XPT, dates",
            new XptStudyWriter(),
            "xpt",
            XPT,
            FormatRoundTrip::handBuiltStudy,
            (read, written) -> assertThat(read.detections().values()).allMatch(Detection::isRead)),
        new Case(
            "SAS XPT, study days",
            new XptStudyWriter(),
            "xpt",
            XPT,
            FormatRoundTrip::studyDayStudy,
            (read, written) -> assertThat(read.detections().values()).allMatch(Detection::isRead)),
        new Case(
            "mapped CSV, dates",
            new MappedCsvWriter(),
            "site",
            FormatRoundTrip.Carries.ALL,
            FormatRoundTrip::handBuiltStudy,
            (read, written) -> {
              assertMappedDetections(read);
              String visits = Files.readString(written.resolve("visits.csv"));
              assertThat(visits).contains("01/08/2024", "More than half the days", "NA");
            }),
        new Case(
            "mapped CSV, study days",
            new MappedCsvWriter(),
            "site",
            FormatRoundTrip.Carries.ALL,
            FormatRoundTrip::studyDayStudy,
            (read, written) -> assertMappedDetections(read)));
  }

  private static void assertMappedDetections(ReadBack.Result read) {
    assertThat(read.detections().get("visits.csv").format()).isEqualTo(SourceFormat.MAPPED);
    assertThat(read.detections().get(MappedCsvWriter.MAPPING_FILE).isSkipped()).isTrue();
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void studyReadsBackLikeGenericCsv(Case c) throws IOException {
    SyntheticStudy study = c.study().get();
    Path written = dir.resolve(c.folder());
    new GenericCsvWriter().write(study, dir.resolve("generic"));
    c.writer().write(study, written);
    ReadBack.Result generic = ReadBack.readTree(dir.resolve("generic"), null);
    ReadBack.Result read = ReadBack.readTree(written, null);
    read.assertEveryRecordAccountedFor();
    assertThat(read.sink().rejects()).isEmpty();
    FormatRoundTrip.assertSameAsGeneric(generic.sink(), read.sink(), c.carries());
    c.check().check(read, written);
  }
}
