package org.infusionoutcomes.analysis.rates;

import static org.infusionoutcomes.analysis.rates.GoldenFiles.assertClose;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.number;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (x1, n1, x2, n2) of {@code newcombe.csv} against the hybrid score interval computed in R
 * from {@code prop.test(correct = FALSE)} limits.
 */
class NewcombeIntervalGoldenTest {

  @TestFactory
  Stream<DynamicTest> newcombeIntervalEqualsR() {
    return GoldenFiles.read("newcombe.csv").stream()
        .map(row -> DynamicTest.dynamicTest(label(row), () -> compare(row)));
  }

  private static String label(Map<String, String> row) {
    return row.get("x1") + "/" + row.get("n1") + " - " + row.get("x2") + "/" + row.get("n2");
  }

  private static void compare(Map<String, String> row) {
    RateDifference d =
        NewcombeInterval.of(
            Integer.parseInt(row.get("x1")),
            Integer.parseInt(row.get("n1")),
            Integer.parseInt(row.get("x2")),
            Integer.parseInt(row.get("n2")));
    String what = label(row);
    assertClose(what + " diff", number(row.get("diff")), d.difference());
    assertClose(what + " ci_low", number(row.get("ci_low")), d.low());
    assertClose(what + " ci_high", number(row.get("ci_high")), d.high());
  }
}
