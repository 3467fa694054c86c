package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * The parsed records travel from the read to the assembly as rows ({@link IngestJob}): each must
 * come back exactly as it was read, or the assembly would see other records than the reader gave.
 */
class ParsedRecordRowsTest {
  private static final RecordRowCodec<ParsedRecord> EXACT =
      RecordRowCodec.exact(ParsedRecord.class);

  private static ParsedRecord scoreAt(LocalTime time) {
    return ParsedInputCacheTest.score(
        new Origin(1, "/in/S1/scores.csv", 7, SourceFormat.GENERIC_SCORES, "raw"), time);
  }

  @Test
  void everyKindOfParsedRecordComesBackEqualFromItsRow() {
    List<ParsedRecord> records = new ArrayList<>(ParsedInputCacheTest.everyKind(3));
    records.add(scoreAt(LocalTime.of(10, 0, 0, 500_000_000)));
    records.add(scoreAt(LocalTime.of(10, 0, 0, 1)));
    records.add(scoreAt(null));
    assertThat(records).hasSizeGreaterThan(10);
    for (ParsedRecord r : records) {
      Row row = EXACT.toRow(r);
      assertThat(EXACT.fromRow(row)).as(r.kind()).isEqualTo(r);
    }
  }

  @Test
  void onlyTheExactCodecKeepsAFractionOfASecond() {
    ParsedRecord r = scoreAt(LocalTime.of(10, 0, 0, 500_000_000));
    RecordRowCodec<ParsedRecord> table = RecordRowCodec.of(ParsedRecord.class);

    assertThat(table.fromRow(table.toRow(r)).score().time()).isEqualTo(LocalTime.of(10, 0));
    assertThat(EXACT.fromRow(EXACT.toRow(r)).score().time())
        .isEqualTo(LocalTime.of(10, 0, 0, 500_000_000));
    assertThat(EXACT.toRow(scoreAt(LocalTime.of(9, 5))).getStruct(3).getString(9))
        .as("a whole second is written as before")
        .isEqualTo("09:05:00");
  }
}
