package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.format.FormatRoundTrip;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real NIMH ketamine crossover table (OpenNeuro ds005917) through the mapping file shipped in
 * data-samples: only the ketamine sessions become MADRS and HAM-D17 assessments, one ketamine
 * infusion per participant who received it.
 */
class MappedNimhTest {
  private static final String SAMPLE = "nimh-ds005917";

  @TempDir Path dir;

  @Test
  void dataSamplesHoldTheRealFilesUnchanged() throws IOException {
    for (String f : List.of("phenotype/phenotype.tsv", "participants.tsv")) {
      assertThat(Files.readAllBytes(TestFiles.dataSamples(SAMPLE).resolve(f)))
          .isEqualTo(Files.readAllBytes(TestFiles.external("openneuro-ds005917/" + f)));
    }
  }

  @Test
  void ketamineSessionsBecomeMadrsAndHamd17AssessmentsAndOneInfusionEach() throws IOException {
    // The shipped mapping with the test copies of the real files, in the layout of data-samples.
    Path root = dir.resolve(SAMPLE);
    Files.createDirectories(root.resolve("phenotype"));
    Files.copy(
        TestFiles.dataSamples(SAMPLE).resolve("nimh-ketamine.mapping.yaml"),
        root.resolve("nimh-ketamine.mapping.yaml"));
    Files.copy(
        TestFiles.external("openneuro-ds005917/phenotype/phenotype.tsv"),
        root.resolve("phenotype/phenotype.tsv"));
    Files.copy(
        TestFiles.external("openneuro-ds005917/participants.tsv"),
        root.resolve("participants.tsv"));
    Files.writeString(root.resolve("README.md"), "notes");

    ReadBack.Result r = ReadBack.readTree(root, null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.detections().get("phenotype/phenotype.tsv").format())
        .isEqualTo(SourceFormat.MAPPED);
    assertThat(r.detections().get("participants.tsv").format()).isEqualTo(SourceFormat.MAPPED);
    assertThat(r.detections().get("README.md").isSkipped()).isTrue();
    assertThat(r.recordsPerFile())
        .containsEntry("phenotype/phenotype.tsv", 236L)
        .containsEntry("participants.tsv", 58L);
    assertThat(r.sink().rejects()).isEmpty();

    assertThat(r.sink().scores())
        .extracting(ScoreObservation::scale)
        .containsOnly("MADRS", "HAMD17");
    List<ScoreObservation> scores =
        r.sink().scores().stream().filter(o -> o.scale().equals("MADRS")).toList();
    assertThat(scores)
        .hasSize(140)
        .allSatisfy(
            o -> {
              assertThat(o.studyId()).isEqualTo("ds005917");
              assertThat(o.scale()).isEqualTo("MADRS");
              assertThat(o.item()).isZero();
              assertThat(o.visit()).isIn("ses-b0", "ses-d2", "ses-d10");
            });
    Map<String, Long> bySession =
        scores.stream()
            .collect(Collectors.groupingBy(ScoreObservation::visit, Collectors.counting()));
    assertThat(bySession)
        .containsExactlyInAnyOrderEntriesOf(Map.of("ses-b0", 56L, "ses-d2", 46L, "ses-d10", 38L));
    assertThat(scores).filteredOn(o -> o.visit().equals("ses-d2")).allMatch(o -> o.studyDay() == 3);
    assertThat(scores.stream().map(ScoreObservation::subjectId).distinct().count()).isEqualTo(56);
    // sub-MOA101 (ketamine first): baseline 35, 2 days after ketamine 24; its placebo session (33)
    // is not read.
    assertThat(scores)
        .filteredOn(o -> o.subjectId().equals("sub-MOA101"))
        .extracting(ScoreObservation::studyDay, ScoreObservation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(-2, "35"),
            org.assertj.core.groups.Tuple.tuple(3, "24"));

    // HAM17_Total: the 17-item Hamilton total of the same sessions (130 of them rated)
    List<ScoreObservation> hamd =
        r.sink().scores().stream().filter(o -> o.scale().equals("HAMD17")).toList();
    assertThat(hamd).hasSize(130).allMatch(o -> o.item() == 0);
    assertThat(
            hamd.stream()
                .collect(Collectors.groupingBy(ScoreObservation::visit, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ses-b0", 56L, "ses-d2", 46L, "ses-d10", 28L));
    assertThat(hamd)
        .filteredOn(o -> o.subjectId().equals("sub-MOA101"))
        .extracting(ScoreObservation::studyDay, ScoreObservation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(-2, "20"),
            org.assertj.core.groups.Tuple.tuple(3, "13"));

    assertThat(r.sink().infusions())
        .hasSize(50)
        .allSatisfy(
            i -> {
              assertThat(i.studyDay()).isEqualTo(1);
              assertThat(i.drug()).isEqualTo("ketamine");
              assertThat(i.doseMgPerKg()).isNull();
            });
    assertThat(r.sink().infusions().stream().map(InfusionObservation::subjectId).distinct().count())
        .isEqualTo(50);
    assertThat(r.sink().subjects()).hasSize(58);

    FormatRoundTrip.Canonical c = FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL);
    assertThat(c.assessments()).hasSize(270).allMatch(a -> a.contains("|reported|"));
    assertThat(c.infusions()).hasSize(50);
    assertThat(c.rejects()).isEmpty();
  }

  @Test
  void theDataSamplesFolderReadsAsIs() {
    ReadBack.Result r = ReadBack.readTree(TestFiles.dataSamples(SAMPLE), null);
    assertThat(r.sink().scores()).hasSize(270);
    assertThat(r.sink().infusions()).hasSize(50);
    assertThat(r.sink().rejects()).isEmpty();
  }
}
