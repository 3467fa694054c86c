package org.infusionoutcomes.ingest.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleDefinitionReaderTest {
  private static final String VALID =
      """
      id: TEST3
      version: "0.1"
      name: Test scale
      aliases: [TEST-3]
      rater: patient
      item_min: 0
      item_max: 3
      total_min: 0
      total_max: 9
      max_missing_items: 1
      items:
        - {number: 1, label: a}
        - {number: 2, label: b}
        - {number: 3, label: c}
      defaults: {response_fraction: 0.5, remission_max: 2, relapse_threshold: 5}
      severity_bands:
        - {label: low, min: 0, max: 4}
        - {label: high, min: 5, max: 9}
      safety_flag: {name: c_flag, item: 3, min_value: 2}
      codes:
        sdtm: {categories: [TEST-3], item_codes: [T01, T02, T03], total_code: T04, ignored_codes: [T05]}
      """;

  private static ScaleDefinition read(String text) {
    return ScaleDefinitionReader.read(
        "scales/test3.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static DefinitionException broken(String from, String to) {
    String text = VALID.replace(from, to);
    assertThat(text).as("the replacement applies").isNotEqualTo(VALID);
    try {
      read(text);
    } catch (DefinitionException e) {
      return e;
    }
    throw new AssertionError(
        "no DefinitionException after replacing '" + from + "' with '" + to + "'");
  }

  @Test
  void validDefinitionIsReadCompletely() {
    ScaleDefinition s = read(VALID);

    assertThat(s.id()).isEqualTo("TEST3");
    assertThat(s.version()).isEqualTo("0.1");
    assertThat(s.aliases()).containsExactly("TEST-3");
    assertThat(s.itemCount()).isEqualTo(3);
    assertThat(s.itemMin()).isZero();
    assertThat(s.itemMax()).isEqualTo(3);
    assertThat(s.totalMin()).isZero();
    assertThat(s.totalMax()).isEqualTo(9.0);
    assertThat(s.maxMissingItems()).isEqualTo(1);
    assertThat(s.totalGroups()).containsExactly(List.of(1), List.of(2), List.of(3));
    assertThat(s.isPlainSum()).isTrue();
    assertThat(s.remissionMax()).isEqualTo(2.0);
    assertThat(s.relapseThreshold()).isEqualTo(5.0);
    assertThat(s.safetyFlag()).isEqualTo(new ScaleDefinition.SafetyFlag("c_flag", 3, 2));
    assertThat(s.codes().sdtm().itemCodes()).containsExactly("T01", "T02", "T03");
    assertThat(s.codes().sdtm().ignoredCodes()).containsExactly("T05");
    assertThat(s.codes().loinc().itemCodes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "total_max: 9 | total_max: 10 | total_max",
        "total_min: 0 | total_min: 1 | total_min",
        "{number: 2, label: b} | {number: 3, label: b} | items[1].number",
        "item_codes: [T01, T02, T03] | item_codes: [T01, T02] | codes.sdtm.item_codes",
        "id: TEST3 | id: test-3 | id",
        "max_missing_items: 1 | max_missing_items: 3 | max_missing_items",
        "rater: patient | rater: nurse | rater",
        "item_max: 3 | item_max: 0 | item_max",
        "{label: high, min: 5, max: 9} | {label: high, min: 4, max: 9} | severity_bands[1].min",
        "remission_max: 2 | remission_max: 10 | defaults.remission_max",
        "response_fraction: 0.5 | response_fraction: 2 | defaults.response_fraction",
        "safety_flag: {name: c_flag, item: 3 | safety_flag: {name: c_flag, item: 4 | safety_flag.item",
        "version: \"0.1\" | version: \"\" | version",
        "{number: 1, label: a} | {number: 1, label: a, max: 4} | items[0].max",
        "{number: 1, label: a} | {number: 1, label: a, min: 3} | items[0].min",
        "{number: 1, label: a} | {number: 1, label: a, range: 2} | items[0].range",
      })
  void brokenDefinitionNamesFileAndField(String from, String to, String field) {
    DefinitionException e = broken(from, to);

    assertThat(e.file()).isEqualTo("scales/test3.yaml");
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith("scales/test3.yaml: '" + field + "': ");
  }

  @Test
  void wrongTotalRangeSaysWhatTheItemsAddUpTo() {
    assertThat(broken("total_max: 9", "total_max: 10").getMessage())
        .isEqualTo(
            "scales/test3.yaml: 'total_max': the total range must be what the items add up to: 0..9 for 3 scored groups of 0..3");
  }

  @Test
  void itemsMayNarrowTheItemRangeAndTheTotalFollows() {
    ScaleDefinition s =
        read(
            VALID
                .replace("{number: 2, label: b}", "{number: 2, label: b, max: 1}")
                .replace("{number: 3, label: c}", "{number: 3, label: c, min: 1}")
                .replace("total_min: 0", "total_min: 1")
                .replace("total_max: 9", "total_max: 7")
                .replace("{label: low, min: 0, max: 4}", "{label: low, min: 1, max: 4}")
                .replace("{label: high, min: 5, max: 9}", "{label: high, min: 5, max: 7}"));

    assertThat(s.items())
        .extracting(ScaleDefinition.ScaleItem::min, ScaleDefinition.ScaleItem::max)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 3),
            org.assertj.core.groups.Tuple.tuple(0, 1),
            org.assertj.core.groups.Tuple.tuple(1, 3));
    assertThat(s.itemMax(2)).isEqualTo(1);
    assertThat(s.itemMin(3)).isEqualTo(1);
    assertThat(s.totalMin()).isEqualTo(1.0);
    assertThat(s.totalMax()).isEqualTo(7.0);
  }

  @Test
  void totalRangeOfNarrowedItemsNamesTheItemsOwnRanges() {
    assertThat(broken("{number: 2, label: b}", "{number: 2, label: b, max: 1}").getMessage())
        .isEqualTo(
            "scales/test3.yaml: 'total_max': the total range must be what the items add up to: 0..7 for 3 scored groups of the items' own ranges");
  }

  @Test
  void misnumberedItemSaysWhichNumberWasExpected() {
    assertThat(broken("{number: 2, label: b}", "{number: 3, label: b}").getMessage())
        .isEqualTo(
            "scales/test3.yaml: 'items[1].number': items must be numbered 1..N in order; expected 2, found 3");
  }

  @Test
  void codeListOfWrongLengthSaysHowManyAreNeeded() {
    assertThat(
            broken("item_codes: [T01, T02, T03]", "item_codes: [T01, T02, T03, T04]").getMessage())
        .isEqualTo(
            "scales/test3.yaml: 'codes.sdtm.item_codes': must list one code per item (3), found 4");
  }

  @Test
  void unknownTopLevelKeyIsNamed() {
    DefinitionException e = broken("name: Test scale", "name: Test scale\nscoring: sum");

    assertThat(e.field()).isEqualTo("scoring");
    assertThat(e.getMessage())
        .startsWith("scales/test3.yaml: 'scoring': unknown key; allowed keys here are aliases,");
  }

  @Test
  void unknownNestedKeyIsNamedWithItsPath() {
    assertThat(broken("total_code: T04", "total_cod: T04").field())
        .isEqualTo("codes.sdtm.total_cod");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThat(broken("max_missing_items: 1\n", "").getMessage())
        .isEqualTo("scales/test3.yaml: 'max_missing_items': is required");
  }

  @Test
  void groupedTotalIsTheSumOfGroupMaxima() {
    ScaleDefinition s =
        read(
            VALID
                .replace("total_max: 9", "total_max: 6")
                .replace("max_missing_items: 1", "max_missing_items: 0")
                .replace("- {label: high, min: 5, max: 9}", "- {label: high, min: 5, max: 6}")
                .replace("\nitems:", "\ntotal_groups: [[1, 2], [3]]\nitems:"));

    assertThat(s.totalGroups()).containsExactly(List.of(1, 2), List.of(3));
    assertThat(s.isPlainSum()).isFalse();
    assertThat(s.totalMax()).isEqualTo(6.0);
  }

  @Test
  void groupedTotalCannotBeProrated() {
    DefinitionException e = broken("\nitems:", "\ntotal_groups: [[1, 2], [3]]\nitems:");

    // total range is checked first: 2 groups of 0..3 add up to 0..6
    assertThat(e.field()).isEqualTo("total_max");
    DefinitionException p = broken("total_max: 9", "total_max: 6\ntotal_groups: [[1, 2], [3]]");
    assertThat(p.field()).isEqualTo("max_missing_items");
  }

  @Test
  void itemInTwoGroupsIsAnError() {
    assertThat(
            broken("total_max: 9", "total_max: 9\ntotal_groups: [[1, 2], [2, 3], [3]]")
                .getMessage())
        .isEqualTo("scales/test3.yaml: 'total_groups': item 2 is in more than one group");
  }
}
