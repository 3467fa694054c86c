package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.synthetic.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvWriterTest {
  @TempDir Path dir;

  private void assertRoundTrip(SyntheticStudy study) throws IOException {
    new GenericCsvWriter().write(study, dir.resolve("generic"));
    new MappedCsvWriter().write(study, dir.resolve("site"));
    ReadBack.Result generic = ReadBack.readTree(dir.resolve("generic"), null);
    ReadBack.Result mapped = ReadBack.readTree(dir.resolve("site"), null);
    assertThat(mapped.detections().get("visits.csv").format()).isEqualTo(SourceFormat.MAPPED);
    assertThat(mapped.detections().get(MappedCsvWriter.MAPPING_FILE).isSkipped()).isTrue();
    mapped.assertEveryRecordAccountedFor();
    assertThat(mapped.sink().rejects).isEmpty();
    FormatRoundTrip.assertSameAsGeneric(generic.sink(), mapped.sink(), FormatRoundTrip.Carries.ALL);
  }

  @Test
  void studyWithDatesReadsBackLikeGenericCsv() throws IOException {
    assertRoundTrip(FormatRoundTrip.handBuiltStudy());
    String visits = Files.readString(dir.resolve("site/visits.csv"));
    assertThat(visits).contains("01/08/2024", "More than half the days", "NA");
  }

  @Test
  void studyWithStudyDaysReadsBackLikeGenericCsv() throws IOException {
    assertRoundTrip(FormatRoundTrip.studyDayStudy());
  }
}
