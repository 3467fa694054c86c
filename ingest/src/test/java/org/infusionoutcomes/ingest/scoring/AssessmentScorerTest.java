package org.infusionoutcomes.ingest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentScorerTest {
  private static final ScaleDefinition MADRS = ScaleRegistry.shipped().byId("MADRS").orElseThrow();
  private static final ScaleDefinition PHQ9 = ScaleRegistry.shipped().byId("PHQ9").orElseThrow();

  private static ScoreObservation obs(ScaleDefinition scale, int item, String value) {
    long line = item == ItemRef.TOTAL ? 100 : item + 1;
    return new ScoreObservation(
        "S1",
        null,
        "P1",
        scale.id(),
        item,
        value,
        "score",
        LocalDate.of(2024, 1, 2),
        null,
        null,
        null,
        new Origin(0, "file:/in/scores.csv", line, SourceFormat.GENERIC_SCORES, "raw " + line),
        null);
  }

  /** Item observations from values; a null value means the item row is absent. */
  private static Map<Integer, ScoreObservation> items(ScaleDefinition scale, String... values) {
    Map<Integer, ScoreObservation> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        m.put(i + 1, obs(scale, i + 1, values[i]));
      }
    }
    return m;
  }

  private static ScoreResult score(ScaleDefinition scale, String total, String... values) {
    return AssessmentScorer.score(
        scale, items(scale, values), total == null ? null : obs(scale, ItemRef.TOTAL, total));
  }

  private static ScoreResult.Scored scored(ScaleDefinition scale, String total, String... values) {
    ScoreResult r = score(scale, total, values);
    assertThat(r).isInstanceOf(ScoreResult.Scored.class);
    return (ScoreResult.Scored) r;
  }

  private static ScoreResult.Rejected rejected(
      ScaleDefinition scale, String total, String... values) {
    ScoreResult r = score(scale, total, values);
    assertThat(r).isInstanceOf(ScoreResult.Rejected.class);
    return (ScoreResult.Rejected) r;
  }

  private static String[] madrs(int... v) {
    return Arrays.stream(v).mapToObj(Integer::toString).toArray(String[]::new);
  }

  @Test
  void completeItemsSumToTheTotal() {
    ScoreResult.Scored s = scored(MADRS, null, madrs(3, 2, 4, 1, 0, 5, 6, 2, 3, 1));

    assertThat(s.total()).isEqualTo(27.0);
    assertThat(s.totalSource()).isEqualTo("items");
    assertThat(s.itemsAnswered()).isEqualTo(10);
    assertThat(s.items()).containsExactly(3, 2, 4, 1, 0, 5, 6, 2, 3, 1);
    assertThat(s.reportedTotal()).isNull();
    assertThat(s.reportedTotalMismatch()).isFalse();
    assertThat(s.severity()).isEqualTo("moderate");
    assertThat(s.safetyFlag()).isNull();
  }

  @Test
  void prorationAtLimitIsNotRounded() {
    // MADRS allows one missing item: 25 over 9 answered items -> 25 * 10 / 9 = 27.777...
    ScoreResult.Scored s = scored(MADRS, null, "3", "2", "4", "1", null, "5", "6", "2", "1", "1");

    assertThat(s.total()).isEqualTo(25.0 * 10 / 9);
    assertThat(s.total()).isNotEqualTo(28.0);
    assertThat(s.totalSource()).isEqualTo("prorated");
    assertThat(s.itemsAnswered()).isEqualTo(9);
    assertThat(s.items()).containsExactly(3, 2, 4, 1, null, 5, 6, 2, 1, 1);
  }

  @Test
  void phq9ProratesTwoMissingItemsWithoutRounding() {
    // 10 over 7 answered items -> 10 * 9 / 7 = 12.857...
    ScoreResult.Scored s = scored(PHQ9, null, "1", "2", null, "1", "2", "1", null, "2", "1");

    assertThat(s.total()).isEqualTo(10.0 * 9 / 7);
    assertThat(s.totalSource()).isEqualTo("prorated");
    assertThat(s.itemsAnswered()).isEqualTo(7);
  }

  @Test
  void emptyValueCountsAsMissingLikeAnAbsentRow() {
    ScoreResult.Scored s = scored(MADRS, null, "3", "2", "4", "1", " ", "5", "6", "2", "1", "1");

    assertThat(s.total()).isEqualTo(25.0 * 10 / 9);
    assertThat(s.items().get(4)).isNull();
  }

  @Test
  void madrsWithTwoMissingItemsAndNoTotalIsRejected() {
    ScoreResult.Rejected r =
        rejected(MADRS, null, "3", "2", "4", "1", null, "5", "6", null, "1", "1");

    assertThat(r.rule()).isEqualTo(RejectRule.TOO_MANY_MISSING_ITEMS);
    assertThat(r.offending()).isNull();
    assertThat(r.reason())
        .isEqualTo(
            "MADRS has 2 of 10 items missing (at most 1 may be prorated) and no reported total");
  }

  @Test
  void phq9WithThreeMissingItemsAndNoTotalIsRejected() {
    ScoreResult.Rejected r = rejected(PHQ9, null, "1", null, null, "1", "2", "1", null, "2", "1");

    assertThat(r.rule()).isEqualTo(RejectRule.TOO_MANY_MISSING_ITEMS);
  }

  @Test
  void tooManyMissingItemsFallsBackToTheReportedTotal() {
    ScoreResult.Scored s = scored(MADRS, "30", "3", "2", "4", "1", null, "5", "6", null, "1", "1");

    assertThat(s.total()).isEqualTo(30.0);
    assertThat(s.totalSource()).isEqualTo("reported");
    assertThat(s.reportedTotal()).isEqualTo(30.0);
    assertThat(s.itemsAnswered()).isEqualTo(8);
    assertThat(s.reportedTotalMismatch()).isFalse();
  }

  @Test
  void reportedTotalAloneIsUsed() {
    ScoreResult.Scored s = scored(PHQ9, "17.5", new String[9]);

    assertThat(s.total()).isEqualTo(17.5);
    assertThat(s.totalSource()).isEqualTo("reported");
    assertThat(s.itemsAnswered()).isZero();
    assertThat(s.safetyFlag()).isNull();
  }

  @Test
  void nothingAtAllIsTooManyMissingItems() {
    assertThat(rejected(PHQ9, null, new String[9]).rule())
        .isEqualTo(RejectRule.TOO_MANY_MISSING_ITEMS);
  }

  @Test
  void proratedTotalWinsOverAReportedTotal() {
    ScoreResult.Scored s = scored(MADRS, "40", "3", "2", "4", "1", null, "5", "6", "2", "1", "1");

    assertThat(s.total()).isEqualTo(25.0 * 10 / 9);
    assertThat(s.totalSource()).isEqualTo("prorated");
    assertThat(s.reportedTotal()).isEqualTo(40.0);
    assertThat(s.reportedTotalMismatch()).isFalse();
  }

  @Test
  void completeItemsWinOverADifferingReportedTotalWithAWarning() {
    ScoreResult.Scored s = scored(MADRS, "30", madrs(3, 2, 4, 1, 0, 5, 6, 2, 3, 1));

    assertThat(s.total()).isEqualTo(27.0);
    assertThat(s.totalSource()).isEqualTo("items");
    assertThat(s.reportedTotal()).isEqualTo(30.0);
    assertThat(s.reportedTotalMismatch()).isTrue();
  }

  @Test
  void matchingReportedTotalIsNoMismatchEvenWrittenWithDecimals() {
    ScoreResult.Scored s = scored(MADRS, "27.0", madrs(3, 2, 4, 1, 0, 5, 6, 2, 3, 1));

    assertThat(s.reportedTotalMismatch()).isFalse();
    assertThat(s.reportedTotal()).isEqualTo(27.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"61", "-1", "60.5"})
  void reportedTotalOutOfRangeRejectsEvenWhenItemsAreComplete(String total) {
    ScoreResult.Rejected r = rejected(MADRS, total, madrs(3, 2, 4, 1, 0, 5, 6, 2, 3, 1));

    assertThat(r.rule()).isEqualTo(RejectRule.TOTAL_OUT_OF_RANGE);
    assertThat(r.offending().item()).isEqualTo(ItemRef.TOTAL);
    assertThat(r.reason()).isEqualTo("MADRS total " + total + " is outside 0..60");
  }

  @Test
  void reportedTotalAtTheRangeEdgesIsAccepted() {
    assertThat(
            scored(PHQ9, "27", "3", "3", "3", "3", "3", "3", "3", "3", "3").reportedTotalMismatch())
        .isFalse();
    assertThat(scored(PHQ9, "0", "0", "0", "0", "0", "0", "0", "0", "0", "0").total()).isZero();
  }

  @Test
  void reportedTotalThatIsNotANumberRejects() {
    ScoreResult.Rejected r = rejected(PHQ9, "n/a", "1", "1", "1", "1", "1", "1", "1", "1", "1");

    assertThat(r.rule()).isEqualTo(RejectRule.TOTAL_NOT_NUMERIC);
    assertThat(r.reason()).isEqualTo("PHQ9 total 'n/a' is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "abc", "1/2"})
  void itemThatIsNotAWholeNumberRejectsTheAssessment(String value) {
    ScoreResult.Rejected r = rejected(PHQ9, null, "1", "1", "1", value, "1", "1", "1", "1", "1");

    assertThat(r.rule()).isEqualTo(RejectRule.ITEM_NOT_INTEGER);
    assertThat(r.offending().item()).isEqualTo(4);
    assertThat(r.reason()).isEqualTo("PHQ9 item 4 value '" + value + "' is not a whole number");
  }

  @Test
  void itemWrittenWithZeroDecimalsIsAWholeNumber() {
    ScoreResult.Scored s = scored(PHQ9, null, "1", "1", "1", "3.0", "1", "1", "1", "1", "1");

    assertThat(s.items().get(3)).isEqualTo(3);
    assertThat(s.total()).isEqualTo(11.0);
  }

  @ParameterizedTest
  @CsvSource({"MADRS, 7", "MADRS, -1", "PHQ9, 4"})
  void itemOutsideTheItemRangeRejectsTheAssessment(String scaleId, String value) {
    ScaleDefinition scale = scaleId.equals("MADRS") ? MADRS : PHQ9;
    String[] values = new String[scale.itemCount()];
    Arrays.fill(values, "1");
    values[1] = value;

    ScoreResult.Rejected r = rejected(scale, null, values);

    assertThat(r.rule()).isEqualTo(RejectRule.ITEM_OUT_OF_RANGE);
    assertThat(r.offending().item()).isEqualTo(2);
    assertThat(r.reason())
        .isEqualTo(scaleId + " item 2 value " + value + " is outside 0.." + scale.itemMax());
  }

  @Test
  void itemAtTheTopOfTheRangeIsAccepted() {
    assertThat(scored(MADRS, null, madrs(6, 6, 6, 6, 6, 6, 6, 6, 6, 6)).total()).isEqualTo(60.0);
  }

  @Test
  void badItemRejectsEvenWhenAReportedTotalCouldScoreIt() {
    assertThat(rejected(PHQ9, "9", "1", "1", "1", "9", "1", "1", "1", "1", "1").rule())
        .isEqualTo(RejectRule.ITEM_OUT_OF_RANGE);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "3, true", "0, false"})
  void phq9ItemNineAboveZeroRaisesTheSuicidalityFlag(String item9, boolean flag) {
    ScoreResult.Scored s = scored(PHQ9, null, "1", "1", "1", "1", "1", "1", "1", "1", item9);

    assertThat(s.safetyFlag()).isEqualTo(flag);
  }

  @Test
  void missingItemNineLeavesTheFlagUnknown() {
    ScoreResult.Scored s = scored(PHQ9, null, "1", "1", "1", "1", "1", "1", "1", "1", null);

    assertThat(s.totalSource()).isEqualTo("prorated");
    assertThat(s.safetyFlag()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "0, minimal",
    "4, minimal",
    "5, mild",
    "9, mild",
    "10, moderate",
    "14, moderate",
    "15, moderately severe",
    "19, moderately severe",
    "20, severe",
    "27, severe"
  })
  void phq9SeverityBands(String total, String band) {
    assertThat(scored(PHQ9, total, new String[9]).severity()).isEqualTo(band);
  }

  @ParameterizedTest
  @CsvSource({
    "0, normal",
    "6, normal",
    "7, mild",
    "19, mild",
    "20, moderate",
    "34, moderate",
    "35, severe",
    "60, severe"
  })
  void madrsSeverityBands(String total, String band) {
    assertThat(scored(MADRS, total, new String[10]).severity()).isEqualTo(band);
  }

  @Test
  void proratedTotalBetweenTwoBandsTakesTheBandItHasReached() {
    // 4 over 8 answered PHQ-9 items -> 4.5: above 4 (minimal) but short of the mild cut-off 5.
    ScoreResult.Scored s = scored(PHQ9, null, "1", "1", "1", "1", "0", "0", "0", "0", null);
    assertThat(s.total()).isEqualTo(4.5);
    assertThat(s.severity()).isEqualTo("minimal");

    // 6 over 9 answered MADRS items -> 6.67: above 6 (normal), short of 7 (mild).
    ScoreResult.Scored m = scored(MADRS, null, "1", "1", "1", "1", "1", "1", "0", "0", "0", null);
    assertThat(m.total()).isEqualTo(60.0 / 9);
    assertThat(m.severity()).isEqualTo("normal");

    // 13 over 8 answered PHQ-9 items -> 14.625: moderate (10..14), short of 15.
    ScoreResult.Scored x = scored(PHQ9, null, "2", "2", "2", "2", "2", "1", "1", "1", null);
    assertThat(x.total()).isEqualTo(14.625);
    assertThat(x.severity()).isEqualTo("moderate");
  }

  @Test
  void hamd17ItemsAreCheckedAgainstTheirOwnRange() {
    ScaleDefinition hamd = ScaleRegistry.shipped().byId("HAMD17").orElseThrow();
    // item 4 (early insomnia) is scored 0..2: a 3 there is out of range although 3 is valid for
    // item 1
    ScoreResult.Rejected r =
        rejected(hamd, null, madrs(3, 1, 0, 3, 1, 1, 2, 1, 0, 2, 1, 1, 1, 0, 1, 0, 1));

    assertThat(r.rule()).isEqualTo(RejectRule.ITEM_OUT_OF_RANGE);
    assertThat(r.reason()).isEqualTo("HAMD17 item 4 value 3 is outside 0..2");

    ScoreResult.Scored s =
        scored(hamd, null, madrs(3, 1, 0, 2, 1, 1, 2, 1, 0, 2, 1, 1, 1, 0, 1, 0, 1));
    assertThat(s.total()).isEqualTo(18.0);
    assertThat(s.severity()).isEqualTo("moderate");
    assertThat(s.safetyFlag()).isFalse();
  }
}
