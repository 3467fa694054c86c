package org.infusionoutcomes.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {
  @TempDir Path dir;

  @Test
  void writesHeaderThenTheRecordsOfEachItemWithNewlines() throws IOException {
    Path file =
        CsvOutput.write(
            dir.resolve("a.csv"),
            List.of("id", "text"),
            List.of(1, 2),
            (i, p) -> {
              p.printRecord(i, "x, \"y\"");
              if (i == 2) {
                p.printRecord(i, null);
              }
            });

    assertThat(file).isEqualTo(dir.resolve("a.csv"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("id,text\n1,\"x, \"\"y\"\"\"\n2,\"x, \"\"y\"\"\"\n2,\n");
  }

  @Test
  void writesMapsInHeaderOrderWithTheAbsentValue() throws IOException {
    Path file =
        CsvOutput.writeMaps(
            dir.resolve("m.csv"),
            List.of("a", "b", "c"),
            List.of(Map.of("c", "3", "a", "1"), Map.of("b", "2")),
            "NA");

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("a,b,c\n1,NA,3\nNA,2,NA\n");
  }
}
