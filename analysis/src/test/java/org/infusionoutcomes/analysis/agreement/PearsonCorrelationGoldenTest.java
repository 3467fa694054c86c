package org.infusionoutcomes.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.assertClose;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.infusionoutcomes.analysis.rates.GoldenFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every series of {@code pearson_cases.csv} against R {@code cor(x, y)} in {@code pearson.csv}. */
class PearsonCorrelationGoldenTest {

  @TestFactory
  Stream<DynamicTest> correlationEqualsCor() {
    Map<String, List<double[]>> cases = new LinkedHashMap<>();
    for (Map<String, String> row : GoldenFiles.read("pearson_cases.csv")) {
      cases
          .computeIfAbsent(row.get("case_id"), id -> new ArrayList<>())
          .add(new double[] {number(row.get("x")), number(row.get("y"))});
    }
    List<Map<String, String>> expected = GoldenFiles.read("pearson.csv");
    assertThat(expected).hasSize(cases.size());
    return expected.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.get("case_id"),
                    () -> {
                      List<double[]> pairs = cases.get(row.get("case_id"));
                      assertThat(pairs).as("series of %s", row.get("case_id")).isNotNull();
                      double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
                      double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
                      assertClose(
                          row.get("case_id"), number(row.get("r")), PearsonCorrelation.of(x, y));
                    }));
  }
}
