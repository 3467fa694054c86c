package org.infusionoutcomes.ingest.redcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.format.FormatRoundTrip;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedcapReaderTest {
  private static final String PROJECTS = "REDCapR/inst/test-data/projects/";

  @TempDir Path dir;

  private ReadBack.Result read(String csv, MappingRef mapping) throws IOException {
    Path p = dir.resolve("export.csv");
    Files.writeString(p, csv);
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.REDCAP, "folder-study", mapping);
    r.assertEveryRecordAccountedFor();
    return r;
  }

  @Test
  void eventsRepeatingInstrumentsDagsAndSeveralScalesPerRow() throws IOException {
    String csv =
        """
        record_id,redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance,redcap_data_access_group,madrs_date,madrs_1,madrs_2,madrs_3,madrs_4,madrs_5,madrs_6,madrs_7,madrs_8,madrs_9,madrs_10,madrs_total,madrs_complete,phq9_date,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,phq9_total,phq9_complete,med___1,med___2,infusion_date,infusion_dose_mgkg,infusion_complete
        101,baseline_arm_1,,,site_a,2024-01-08 09:30,4,4,3,2,3,3,2,3,4,1,29,2,2024-01-08,2,2,1,2,1,1,1,0,1,,2,1,0,,,
        101,baseline_arm_1,infusion,1,site_a,,,,,,,,,,,,,,,,,,,,,,,,,,,,2024-01-08 10:00,0.5,2
        101,day2_arm_1,,,site_a,,,,,,,,,,,,,0,2024-01-10,9,,,,,,,,,,1,,,,,
        102,baseline_arm_1,,,site_b,,,,,,,,,,,,,0,,,,,,,,,,,,0,0,1,,,
        """;
    ReadBack.Result r = read(csv, null);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.sink().rejects()).isEmpty();
    List<ScoreObservation> madrs =
        r.sink().scores().stream().filter(o -> o.scale().equals("MADRS")).toList();
    assertThat(madrs)
        .hasSize(11)
        .allSatisfy(
            o -> {
              assertThat(o.subjectId()).isEqualTo("101");
              assertThat(o.studyId()).isEqualTo("folder-study");
              assertThat(o.siteId()).isEqualTo("site_a");
              assertThat(o.visit()).isEqualTo("baseline_arm_1");
              assertThat(o.date()).isEqualTo(LocalDate.of(2024, 1, 8));
              assertThat(o.time()).isEqualTo(LocalTime.of(9, 30));
            });
    assertThat(
            r.sink().scores().stream()
                .filter(o -> o.scale().equals("PHQ9") && o.visit().equals("baseline_arm_1")))
        .hasSize(9);
    // Out-of-range values stay text: scoring rejects the assessment, not the reader.
    assertThat(r.sink().scores())
        .filteredOn(o -> o.visit().equals("day2_arm_1"))
        .extracting(ScoreObservation::item, ScoreObservation::value, ScoreObservation::valueColumn)
        .containsExactly(tuple(1, "9", "phq9_1"));
    assertThat(FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL).rejects())
        .singleElement()
        .asString()
        .startsWith("item_out_of_range|101|PHQ9 item 1 value 9");
    assertThat(r.sink().infusions())
        .extracting(
            InfusionObservation::doseMgPerKg, InfusionObservation::time, o -> o.origin().line())
        .containsExactly(tuple(0.5, LocalTime.of(10, 0), 3L));
  }

  @Test
  void surveyTimestampDatesAnAssessmentAndNotCompletedIsNoDate() throws IOException {
    String csv =
        """
        record_id,redcap_survey_identifier,phq9_timestamp,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,phq9_complete
        7,,2024-02-03 18:04:11,1,1,1,1,1,1,1,1,1,2
        8,,[not completed],1,1,,,,,,,,0
        """;
    ReadBack.Result r = read(csv, null);
    assertThat(r.records()).isEqualTo(2);
    assertThat(r.sink().scores())
        .hasSize(9)
        .allSatisfy(
            o -> {
              assertThat(o.date()).isEqualTo(LocalDate.of(2024, 2, 3));
              assertThat(o.time()).isEqualTo(LocalTime.of(18, 4, 11));
            });
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.MISSING_TIME);
              assertThat(x.origin().line()).isEqualTo(3);
              assertThat(x.subjectId()).isEqualTo("8");
            });
  }

  @Test
  void recordIdIsTheFirstColumnWhenNotNamedRecordId() throws IOException {
    String csv =
        """
        study_id,redcap_event_name,phq9_date,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,sex,age
        P-1,enrollment_arm_1,,,,,,,,,,,F,8.9
        P-1,visit_1_arm_1,2024-04-01,0,0,0,0,0,0,0,0,0,,
        """;
    ReadBack.Result r = read(csv, null);
    assertThat(r.sink().scores())
        .hasSize(9)
        .extracting(ScoreObservation::subjectId, ScoreObservation::studyId)
        .containsOnly(tuple("P-1", "folder-study"));
    assertThat(r.sink().subjects())
        .extracting(SubjectObservation::sex, SubjectObservation::age)
        .containsExactly(tuple("F", 8));
  }

  @Test
  void mappingFileRenamesTheProjectsFields() throws IOException {
    String csv =
        """
        participant,site,m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,madrs_score,rated_on,ket_day,ket_mgkg
        A1,north,1,1,1,1,1,1,1,1,1,1,10,2024-06-01,,
        A1,north,,,,,,,,,,,,,2024-06-02,0.5
        """;
    String mapping =
        """
        format: redcap
        files: "*.csv"
        study_id: TRIAL-9
        fields: {record_id: participant, site_id: site}
        scales:
          MADRS: {items: [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10], total: madrs_score, date: rated_on}
        infusion: {date: ket_day, dose_mg_per_kg: ket_mgkg}
        """;
    ReadBack.Result r = read(csv, new MappingRef("project.mapping.yaml", mapping));
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().scores())
        .hasSize(11)
        .allSatisfy(
            o -> {
              assertThat(o.studyId()).isEqualTo("TRIAL-9");
              assertThat(o.siteId()).isEqualTo("north");
              assertThat(o.subjectId()).isEqualTo("A1");
            });
    assertThat(r.sink().infusions())
        .extracting(InfusionObservation::date, InfusionObservation::doseMgPerKg)
        .containsExactly(tuple(LocalDate.of(2024, 6, 2), 0.5));
  }

  @Test
  void invalidMappingRefusesTheFileNamingTheKey() throws IOException {
    String mapping = "format: redcap\nfiles: \"*.csv\"\nscales:\n  MADRS: {itemz: [a]}\n";
    ReadBack.Result r =
        read("record_id,madrs_1\n1,2\n", new MappingRef("project.mapping.yaml", mapping));
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.INVALID_MAPPING);
              assertThat(x.reason())
                  .contains("project.mapping.yaml", "scales.MADRS.itemz", "unknown key");
            });
  }

  @Test
  void badDatesAndDosesRejectTheirRow() throws IOException {
    String csv =
        """
        record_id,phq9_date,phq9_1,infusion_date,infusion_dose_mgkg
        1,2024-13-01,2,,
        2,,,2024-01-01,lots
        3,2024-01-05,1,,
        """;
    ReadBack.Result r = read(csv, null);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.sink().rejects())
        .extracting(x -> x.origin().line(), Reject::rule, Reject::column)
        .containsExactly(
            tuple(2L, RejectRule.INVALID_DATE, "phq9_date"),
            tuple(3L, RejectRule.INVALID_NUMBER, "infusion_dose_mgkg"));
    assertThat(r.sink().scores()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "dag, first_name, 3",
    "longitudinal, first_name, 15",
    "repeating-instruments, first_name, 6",
    "simple, name_first, 5",
    "survey, dob, 2"
  })
  void realProjectsWithDirectIdentifiersAreRefused(String project, String column, int rows)
      throws IOException {
    Path p = TestFiles.external(PROJECTS + project + "/data.csv");
    assertThat(FormatDetector.detect(p.toString(), Files.readAllBytes(p)).format())
        .isEqualTo(SourceFormat.REDCAP);
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.REDCAP, project, null);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.DIRECT_IDENTIFIER);
              assertThat(x.column()).isEqualTo(column);
              assertThat(x.reason()).contains("'" + column + "'", "direct identifier");
            });
    String text = Files.readString(p);
    assertThat(text.lines().count()).isGreaterThanOrEqualTo(rows + 1);
    // The header is kept (it names the column); no value of the file is.
    Reject x = r.sink().rejects().get(0);
    assertThat(x.origin().rawRecord()).isEqualTo(text.lines().findFirst().orElseThrow());
  }

  @Test
  void realProjectWithoutAnyFieldReadIsRefusedNamingWhatIsExpected() {
    Path p = TestFiles.external(PROJECTS + "checkboxes-1/data.csv");
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.REDCAP, "checkboxes-1", null);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
              assertThat(x.reason()).contains("none of the fields", "format: redcap");
            });
  }

  @Test
  void realProjectCheckboxesAndCompleteColumnsAreIgnoredWhenAMappingNamesTheFields() {
    // checkboxes-1 holds record_id, *_complete, checkbox ___ columns and a free-text field; mapping
    // its free-text field as an arm reads the 4 records and nothing else.
    Path p = TestFiles.external(PROJECTS + "checkboxes-1/data.csv");
    MappingRef mapping =
        new MappingRef(
            "m.mapping.yaml", "format: redcap\nfiles: data.csv\nfields: {arm: desired_result}\n");
    ReadBack.Result r =
        ReadBack.readFile(p, "data.csv", SourceFormat.REDCAP, "checkboxes-1", mapping);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().scores()).isEmpty();
    assertThat(r.sink().subjects())
        .extracting(SubjectObservation::subjectId)
        .containsExactly("1", "2", "3");
  }
}
