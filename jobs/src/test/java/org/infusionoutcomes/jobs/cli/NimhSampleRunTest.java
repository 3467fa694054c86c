package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real NIMH ketamine sample of data-samples (OpenNeuro ds005917) through {@code run}: its
 * mapping reads {@code HAM17_Total} as HAM-D17 totals, so the report shows HAM-D17 next to MADRS.
 */
class NimhSampleRunTest {
  @TempDir Path tmp;

  @Test
  void nimhSampleReportsHamd17NextToMadrs() throws Exception {
    SharedSpark.get();
    Path input = Path.of("..", "data-samples", "nimh-ds005917").toAbsolutePath().normalize();
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "run",
            "--input",
            input.toString(),
            "--output",
            out.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    List<String> rates = Files.readAllLines(out.resolve("reports/response_remission.csv"));
    // 42 HAM-D17 and 41 MADRS observed-case courses of the 50 ketamine infusions
    assertThat(rates).anyMatch(l -> l.startsWith("ds005917,HAMD17,1,OC,42,"));
    assertThat(rates).anyMatch(l -> l.startsWith("ds005917,MADRS,1,OC,41,"));
    assertThat(Files.readString(out.resolve("reports/report.html")))
        .contains("HAMD17 — response rate by study and course")
        .contains("Hamilton Depression Rating Scale (17 items)");
  }
}
