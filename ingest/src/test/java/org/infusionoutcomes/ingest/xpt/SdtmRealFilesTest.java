package org.infusionoutcomes.ingest.xpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.infusionoutcomes.ingest.format.FormatRoundTrip;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Real SDTM files through both SDTM readers: pharmaverse redistributes the CDISC pilot EX domain as
 * CSV, so the CSV and the original SAS transport file must give the same infusions.
 */
class SdtmRealFilesTest {
  private static final Path EX_CSV = TestFiles.external("pharmaversesdtm/inst/extdata/ex.csv");
  private static final Path EX_XPT =
      TestFiles.external(
          "cdisc-sdtm-adam-pilot-project/updated-pilot-submission-package/900172/m5/datasets/cdiscpilot01/tabulations/sdtm/ex.xpt");

  @Test
  void pilotExposureAsCsvAndAsXptGivesTheSameInfusions() {
    ReadBack.Result csv = ReadBack.readFile(EX_CSV, SourceFormat.SDTM_CSV, "pharmaverse", null);
    ReadBack.Result xpt = ReadBack.readFile(EX_XPT, SourceFormat.SDTM_XPT, "pilot", null);
    csv.assertEveryRecordAccountedFor();
    assertThat(csv.records()).isEqualTo(591);
    assertThat(csv.sink().infusions()).hasSize(591);
    assertThat(csv.sink().rejects()).isEmpty();
    assertThat(FormatRoundTrip.infusions(xpt.sink(), FormatRoundTrip.Carries.ALL))
        .isEqualTo(FormatRoundTrip.infusions(csv.sink(), FormatRoundTrip.Carries.ALL));
  }

  @Test
  void ophthalmologyQuestionnaireHoldsNoRegisteredScale() {
    ReadBack.Result r =
        ReadBack.readFile(
            TestFiles.external("pharmaversesdtm/inst/extdata/qs_ophtha.csv"),
            SourceFormat.SDTM_CSV,
            "x",
            null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(348);
    assertThat(r.sink().scores()).isEmpty();
    assertThat(r.sink().rejects())
        .hasSize(348)
        .allSatisfy(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.UNKNOWN_SCALE);
              assertThat(x.column()).isEqualTo("QSTESTCD");
              assertThat(x.reason()).contains("NEI VFQ-25");
            });
  }
}
