package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

class MappingAssignmentTest {
  private static final String WIDE =
      "tables:\n  - files: %s\n    subject_id: id\n    study_day: day\n    scores: [{column: t, scale: MADRS, item: total}]\n";

  @Test
  void filesAreAssignedByPatternsRelativeToTheMappingsFolder() {
    MappingRef siteA = new MappingRef("site-a/a.mapping.yaml", WIDE.formatted("\"*.tsv\""));
    MappingRef redcap =
        new MappingRef("site-b/b.mapping.yml", "format: redcap\nfiles: \"exports/**/*.csv\"\n");
    List<String> data =
        List.of(
            "site-a/a.mapping.yaml",
            "site-a/scores.tsv",
            "site-a/old/scores.tsv",
            "site-b/b.mapping.yml",
            "site-b/exports/2024/r.csv",
            "site-c/scores.tsv");
    Map<String, MappingAssignment.Assigned> assigned =
        MappingAssignment.assign(data, List.of(siteA, redcap));
    assertThat(assigned).containsOnlyKeys("site-a/scores.tsv", "site-b/exports/2024/r.csv");
    assertThat(assigned.get("site-a/scores.tsv"))
        .isEqualTo(new MappingAssignment.Assigned(SourceFormat.MAPPED, siteA));
    assertThat(assigned.get("site-b/exports/2024/r.csv").format()).isEqualTo(SourceFormat.REDCAP);
  }

  @Test
  void aFileClaimedTwiceIsAnError() {
    MappingRef one = new MappingRef("a.mapping.yaml", WIDE.formatted("\"*.tsv\""));
    MappingRef two = new MappingRef("b.mapping.yaml", WIDE.formatted("scores.tsv"));
    assertThatThrownBy(() -> MappingAssignment.assign(List.of("scores.tsv"), List.of(one, two)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.file()).isEqualTo("b.mapping.yaml");
              assertThat(e.getMessage()).contains("scores.tsv", "a.mapping.yaml also claims");
            });
    MappingRef twoTables =
        new MappingRef(
            "c.mapping.yaml",
            WIDE.formatted("\"*.tsv\"") + WIDE.formatted("scores.tsv").replace("tables:\n", ""));
    assertThatThrownBy(() -> MappingAssignment.assign(List.of("scores.tsv"), List.of(twoTables)))
        .isInstanceOfSatisfying(
            DefinitionException.class, e -> assertThat(e.field()).isEqualTo("tables[1].files"));
  }

  @Test
  void aMappingThatMatchesNothingIsAnError() {
    MappingRef m = new MappingRef("in/x.mapping.yaml", WIDE.formatted("scores.csv"));
    assertThatThrownBy(
            () -> MappingAssignment.assign(List.of("scores.csv", "in/other.csv"), List.of(m)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> assertThat(e.getMessage()).contains("matches no input file", "'in'"));
  }

  @Test
  void invalidMappingsFailTheAssignment() {
    MappingRef m = new MappingRef("x.mapping.yaml", "tables:\n  - files: a.csv\n    subject: id\n");
    assertThatThrownBy(() -> MappingAssignment.assign(List.of("a.csv"), List.of(m)))
        .isInstanceOfSatisfying(
            DefinitionException.class, e -> assertThat(e.field()).isEqualTo("tables[0].subject"));
  }

  @Test
  void detectionSkipsMappingFiles() {
    assertThat(FormatDetector.detect("a/site.mapping.yaml", new byte[0]).skipReason())
        .contains("mapping file");
    assertThat(
            FormatDetector.detect("a/site.mapping.json", "{\"tables\":[]}".getBytes()).skipReason())
        .contains("mapping file");
  }
}
