package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

class MappingFileTest {

  private static MappingFile parse(String text) {
    return MappingFile.parse(new MappingRef("site/a.mapping.yaml", text), ScaleRegistry.shipped());
  }

  private static void assertInvalid(String text, String field, String... message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.file()).isEqualTo("site/a.mapping.yaml");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).contains(message);
            });
  }

  private static final String TABLE =
      "tables:\n  - files: \"*.csv\"\n    subject_id: pid\n    date: when\n";

  @Test
  void aWideTableWithEveryKindOfField() {
    MappingFile m =
        parse(
            """
            study_id: S-1
            tables:
              - files: [exports/*.csv, "**/visits_{a,b}.tsv"]
                missing_values: [NA, n/a, ""]
                where: {column: arm, not_in: [placebo]}
                subject_id: pid
                site_id: {value: SITE-1}
                visit: session
                date: {column: when, format: MM/dd/yyyy}
                study_day: {column: session, values: {baseline: -1, week1: 7, screening: null}}
                score_values: {"Not at all": 0, "Several days": 1}
                scores:
                  - {column: q1, scale: PHQ-9, item: 1}
                  - {column: tot, scale: phq9, item: total}
            """);
    assertThat(m.format()).isEqualTo(SourceFormat.MAPPED);
    assertThat(m.studyId()).isEqualTo("S-1");
    MappedTable t = m.tables().get(0);
    assertThat(t.wideScores())
        .extracting(MappedTable.WideScore::scale, MappedTable.WideScore::item)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PHQ9", 1),
            org.assertj.core.groups.Tuple.tuple("PHQ9", 0));
    assertThat(t.siteId().constant()).isEqualTo("SITE-1");
    assertThat(t.studyDay().values()).containsEntry("week1", "7").containsEntry("screening", null);
    assertThat(m.appliesTo("site/exports/x.csv")).isTrue();
    assertThat(m.appliesTo("site/deep/er/visits_b.tsv")).isTrue();
    assertThat(m.appliesTo("site/visits_a.tsv")).as("**/ also matches no folder").isTrue();
    assertThat(m.appliesTo("exports/x.csv"))
        .as("patterns are relative to the mapping's folder")
        .isFalse();
    assertThat(m.appliesTo("site/exports/sub/x.csv")).as("* stays within one folder").isFalse();
    assertThat(t.columnsByKey())
        .containsEntry("tables[0].where.column", "arm")
        .containsEntry("tables[0].scores[1].column", "tot");
  }

  @Test
  void unknownKeysAreNamed() {
    assertInvalid(TABLE + "    scorez: []\n", "tables[0].scorez", "unknown key");
    assertInvalid("format: mapped\ntable: []\n", "table", "unknown key");
    assertInvalid(
        TABLE.replace("date: when", "date: {column: when, fmt: x}"),
        "tables[0].date.fmt",
        "unknown key");
  }

  @Test
  void scalesAndItemsMustBeKnown() {
    assertInvalid(
        TABLE + "    scores: [{column: a, scale: HAMD, item: 1}]\n",
        "tables[0].scores[0].scale",
        "'HAMD' is not a registered scale");
    assertInvalid(
        TABLE + "    scores: [{column: a, scale: PHQ9, item: 10}]\n",
        "tables[0].scores[0].item",
        "1..9 or 'total'");
    assertInvalid(
        TABLE + "    scale: {value: NOPE}\n    item: i\n    score: s\n",
        "tables[0].scale",
        "not a registered scale");
  }

  @Test
  void layoutAndTimeAreChecked() {
    assertInvalid("tables:\n  - files: x.csv\n    subject_id: pid\n", "tables[0]", "maps nothing");
    assertInvalid(
        "tables:\n  - files: x.csv\n    subject_id: pid\n    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].date",
        "needs 'date' or 'study_day'");
    assertInvalid(
        TABLE
            + "    scores: [{column: a, scale: PHQ9, item: 1}]\n    scale: s\n    item: i\n    score: v\n",
        "tables[0].scores",
        "either wide");
    assertInvalid(
        TABLE + "    scale: s\n    score: v\n", "tables[0].item", "required in a long table");
    assertInvalid(
        "tables:\n  - files: x.csv\n    date: d\n    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].subject_id",
        "is required");
    assertInvalid(
        TABLE.replace("subject_id: pid", "subject_id: {value: P1}") + "    scores: []\n",
        "tables[0].subject_id",
        "must name a column");
  }

  @Test
  void valuesAreChecked() {
    assertInvalid(
        TABLE.replace("date: when", "date: {column: when, format: \"MM/dd/yyyy QQQQQQ\"}")
            + "    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].date.format",
        "not a valid date pattern");
    assertInvalid(
        TABLE
            + "    score_values: {never: sometimes}\n    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].score_values.never",
        "to a number");
    assertInvalid(
        TABLE.replace("\"*.csv\"", "\"{a,b.csv\"")
            + "    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].files",
        "unbalanced");
    assertInvalid(
        TABLE
            + "    where: {column: a, in: [x], not_in: [y]}\n    scores: [{column: a, scale: PHQ9, item: 1}]\n",
        "tables[0].where",
        "exactly one of 'in' and 'not_in'");
    assertInvalid("format: excel\n", "format", "must be one of mapped, redcap");
    assertInvalid("tables: [ {files: x.csv\n", "", "not valid YAML/JSON");
  }

  @Test
  void jsonMappingFilesAreReadToo() {
    MappingFile m =
        MappingFile.parse(
            new MappingRef(
                "m.mapping.json",
                "{\"tables\":[{\"files\":\"x.tsv\",\"subject_id\":\"id\",\"study_day\":\"day\",\"scale\":{\"value\":\"MADRS\"},"
                    + "\"item\":\"q\",\"score\":\"v\"}]}"),
            ScaleRegistry.shipped());
    assertThat(m.tables().get(0).longScores().scale().constant()).isEqualTo("MADRS");
    assertThat(m.appliesTo("x.tsv")).isTrue();
  }

  @Test
  void redcapMappingsListEveryItemField() {
    assertThatThrownBy(
            () -> parse("format: redcap\nfiles: x.csv\nscales:\n  PHQ9: {items: [a, b]}\n"))
        .isInstanceOfSatisfying(
            DefinitionException.class, e -> assertThat(e.field()).isEqualTo("scales.PHQ9.items"));
    MappingFile m = parse("format: redcap\nfiles: x.csv\nscales:\n  phq-9: {date: visit_dt}\n");
    assertThat(m.format()).isEqualTo(SourceFormat.REDCAP);
    assertThat(m.redcap().scales().get("PHQ9").date()).isEqualTo("visit_dt");
  }

  @Test
  void mappingFileNames() {
    assertThat(MappingFile.isMappingFile("a/b/site.mapping.yaml")).isTrue();
    assertThat(MappingFile.isMappingFile("SITE.MAPPING.JSON")).isTrue();
    assertThat(MappingFile.isMappingFile("config.yaml")).isFalse();
  }
}
