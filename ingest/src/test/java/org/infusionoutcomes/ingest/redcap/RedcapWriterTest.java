package org.infusionoutcomes.ingest.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.mapping.FormatRoundTrip;
import org.infusionoutcomes.ingest.mapping.ReadBack;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.synthetic.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedcapWriterTest {
  /** REDCap carries everything of the hand-built study but reference dates (it has none). */
  private static final FormatRoundTrip.Carries REDCAP =
      new FormatRoundTrip.Carries(true, true, true, false);

  @TempDir Path dir;

  @Test
  void studyReadsBackLikeGenericCsv() throws IOException {
    SyntheticStudy study = FormatRoundTrip.handBuiltStudy();
    new GenericCsvWriter().write(study, dir.resolve("generic"));
    new RedcapWriter().write(study, dir.resolve("redcap"));
    ReadBack.Result generic = ReadBack.readTree(dir.resolve("generic"), null);
    ReadBack.Result redcap = ReadBack.readTree(dir.resolve("redcap"), null);
    assertThat(redcap.detections().values())
        .extracting(Detection::format)
        .containsOnly(SourceFormat.REDCAP);
    redcap.assertEveryRecordAccountedFor();
    assertThat(redcap.sink().rejects).isEmpty();
    FormatRoundTrip.assertSameAsGeneric(generic.sink(), redcap.sink(), REDCAP);
    String text = Files.readString(dir.resolve("redcap/redcap_export.csv"));
    assertThat(text).contains(",madrs,1,").contains("infusion,1,").contains("2024-01-08 09:30");
  }
}
