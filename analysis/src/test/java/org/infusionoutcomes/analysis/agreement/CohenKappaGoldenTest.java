package org.infusionoutcomes.analysis.agreement;

import static org.infusionoutcomes.analysis.rates.GoldenFiles.assertClose;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.number;

import java.util.Map;
import java.util.stream.Stream;
import org.infusionoutcomes.analysis.rates.GoldenFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every 2x2 table of {@code kappa.csv} against kappa and its standard error computed in R. */
class CohenKappaGoldenTest {

  @TestFactory
  Stream<DynamicTest> kappaEqualsR() {
    return GoldenFiles.read("kappa.csv").stream()
        .map(row -> DynamicTest.dynamicTest(label(row), () -> compare(row)));
  }

  private static String label(Map<String, String> row) {
    return "["
        + row.get("both")
        + " "
        + row.get("first_only")
        + " / "
        + row.get("second_only")
        + " "
        + row.get("neither")
        + "]";
  }

  private static void compare(Map<String, String> row) {
    Kappa k =
        CohenKappa.of(
            new TwoByTwo(
                Integer.parseInt(row.get("both")),
                Integer.parseInt(row.get("first_only")),
                Integer.parseInt(row.get("second_only")),
                Integer.parseInt(row.get("neither"))));
    String what = label(row);
    assertClose(what + " agreement", number(row.get("agreement")), k.agreement());
    assertClose(what + " expected", number(row.get("expected")), k.expected());
    assertClose(what + " kappa", number(row.get("kappa")), k.kappa());
    assertClose(what + " kappa_se", number(row.get("kappa_se")), k.standardError());
    assertClose(what + " ci_low", number(row.get("ci_low")), k.low());
    assertClose(what + " ci_high", number(row.get("ci_high")), k.high());
  }
}
