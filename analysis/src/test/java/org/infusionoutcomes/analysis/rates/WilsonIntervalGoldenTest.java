package org.infusionoutcomes.analysis.rates;

import static org.infusionoutcomes.analysis.rates.GoldenFiles.assertClose;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.number;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every (x, n) of {@code wilson.csv} against R {@code prop.test(x, n, correct = FALSE)}. */
class WilsonIntervalGoldenTest {

  @TestFactory
  Stream<DynamicTest> wilsonIntervalEqualsPropTest() {
    return GoldenFiles.read("wilson.csv").stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    "x=" + row.get("x") + " n=" + row.get("n"), () -> compare(row)));
  }

  private static void compare(Map<String, String> row) {
    int x = Integer.parseInt(row.get("x"));
    int n = Integer.parseInt(row.get("n"));
    Proportion p = WilsonInterval.of(x, n);
    String what = x + "/" + n;
    assertClose(what + " rate", number(row.get("rate")), p.rate());
    assertClose(what + " ci_low", number(row.get("ci_low")), p.low());
    assertClose(what + " ci_high", number(row.get("ci_high")), p.high());
  }
}
