package org.infusionoutcomes.ingest.xpt;

import java.io.IOException;
import java.nio.file.Path;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.mapping.FormatRoundTrip;
import org.infusionoutcomes.ingest.mapping.ReadBack;
import org.infusionoutcomes.ingest.synthetic.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XptStudyWriterTest {
  /** QS and EX carry no site (DM does); everything else is carried. */
  private static final FormatRoundTrip.Carries XPT =
      new FormatRoundTrip.Carries(false, true, true, true);

  @TempDir Path dir;

  private void assertRoundTrip(SyntheticStudy study) throws IOException {
    new GenericCsvWriter().write(study, dir.resolve("generic"));
    new XptStudyWriter().write(study, dir.resolve("xpt"));
    ReadBack.Result generic = ReadBack.readTree(dir.resolve("generic"), null);
    ReadBack.Result xpt = ReadBack.readTree(dir.resolve("xpt"), null);
    xpt.assertEveryRecordAccountedFor();
    org.assertj.core.api.Assertions.assertThat(xpt.detections().values()).allMatch(d -> d.isRead());
    org.assertj.core.api.Assertions.assertThat(xpt.sink().rejects).isEmpty();
    FormatRoundTrip.assertSameAsGeneric(generic.sink(), xpt.sink(), XPT);
  }

  @Test
  void studyWithDatesReadsBackLikeGenericCsv() throws IOException {
    assertRoundTrip(FormatRoundTrip.handBuiltStudy());
  }

  @Test
  void studyWithStudyDaysReadsBackLikeGenericCsv() throws IOException {
    assertRoundTrip(FormatRoundTrip.studyDayStudy());
  }
}
