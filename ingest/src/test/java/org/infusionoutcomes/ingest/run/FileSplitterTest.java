package org.infusionoutcomes.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.infusionoutcomes.ingest.csv.CsvRecord;
import org.infusionoutcomes.ingest.csv.CsvRecordReader;
import org.infusionoutcomes.ingest.read.FilePart;
import org.infusionoutcomes.ingest.run.FileSplitter.Mode;
import org.infusionoutcomes.ingest.run.FileSplitter.Split;
import org.junit.jupiter.api.Test;

class FileSplitterTest {

  private static Split plan(String text, long partBytes) throws IOException {
    return plan(text.getBytes(StandardCharsets.UTF_8), Mode.CSV, partBytes);
  }

  private static Split plan(byte[] bytes, Mode mode, long partBytes) throws IOException {
    return FileSplitter.plan(new ByteArrayInputStream(bytes), mode, ',', partBytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every record of the file as the whole-file reader sees it: line, raw text, fields. */
  private static List<String> wholeRecords(byte[] bytes) {
    return records(new CsvRecordReader(new ByteArrayInputStream(bytes), ','));
  }

  /** The records of every part, read as the part tasks read them, concatenated. */
  private static List<String> partRecords(byte[] bytes, Split split) {
    List<String> out = new ArrayList<>();
    for (FilePart p : split.parts()) {
      byte[] range = Arrays.copyOfRange(bytes, (int) p.start(), (int) p.end());
      out.addAll(records(new CsvRecordReader(new ByteArrayInputStream(range), ',', p.firstLine())));
    }
    return out;
  }

  private static List<String> records(CsvRecordReader reader) {
    List<String> out = new ArrayList<>();
    try (reader) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r.line() + "|" + r.raw() + "|" + r.fields() + "|" + r.problem());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static long lineOfOffset(byte[] bytes, long offset) {
    // BufferedReader's count: \n, \r\n and a lone \r each end a line.
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        if (i == 0 || bytes[i - 1] != '\r') {
          line++;
        }
      } else if (bytes[i] == '\r') {
        line++;
      }
    }
    return line;
  }

  private static void assertPartsCoverAndKeepRecords(byte[] bytes, Split split) {
    List<FilePart> parts = split.parts();
    assertThat(parts.get(0).start()).isZero();
    assertThat(parts.get(parts.size() - 1).end()).isEqualTo(bytes.length);
    for (int i = 0; i < parts.size(); i++) {
      FilePart p = parts.get(i);
      assertThat(p.index()).isEqualTo(i);
      assertThat(p.count()).isEqualTo(parts.size());
      assertThat(p.end()).isGreaterThan(p.start());
      assertThat(p.firstLine()).isEqualTo(lineOfOffset(bytes, p.start()));
      if (i > 0) {
        assertThat(p.start()).isEqualTo(parts.get(i - 1).end());
        assertThat(bytes[(int) p.start() - 1]).isEqualTo((byte) '\n');
      }
    }
    assertThat(partRecords(bytes, split)).isEqualTo(wholeRecords(bytes));
  }

  @Test
  void aFileSmallerThanOnePartIsOnePartWithItsChecksum() throws Exception {
    byte[] bytes = utf8("a,b\n1,2\n3,4\n");
    Split s = plan(bytes, Mode.CSV, 1 << 20);

    assertThat(s.isSplit()).isFalse();
    assertThat(s.parts()).containsExactly(new FilePart(0, 1, 0, bytes.length, 1, 4));
    assertThat(s.bytes()).isEqualTo(bytes.length);
    assertThat(s.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(s.wholeReason()).isNull();
  }

  @Test
  void splitsOnlyAtRecordStartsWithTheirPhysicalLineNumbers() throws Exception {
    byte[] bytes = utf8("h1,h2\n1,a\n2,b\n3,c\n4,d\n");
    Split s = plan(bytes, Mode.CSV, 4);

    // header ends at 6; parts start at each record after at least 4 bytes.
    assertThat(s.parts())
        .extracting(FilePart::start, FilePart::firstLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 1L),
            org.assertj.core.groups.Tuple.tuple(6L, 2L),
            org.assertj.core.groups.Tuple.tuple(10L, 3L),
            org.assertj.core.groups.Tuple.tuple(14L, 4L),
            org.assertj.core.groups.Tuple.tuple(18L, 5L));
    assertThat(s.parts()).allSatisfy(p -> assertThat(p.headerEnd()).isEqualTo(6));
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void aQuotedNewlineSpanningAPartEdgeStaysInOnePart() throws Exception {
    String text = "id,note\n1,\"first\nsecond\nthird\"\n2,x\n";
    byte[] bytes = utf8(text);
    for (long partBytes = 1; partBytes <= bytes.length; partBytes++) {
      Split s = plan(bytes, Mode.CSV, partBytes);
      // No part may start inside the quoted record (bytes 8..31).
      assertThat(s.parts()).noneMatch(p -> p.start() > 8 && p.start() < 31);
      assertPartsCoverAndKeepRecords(bytes, s);
    }
    Split tiny = plan(bytes, Mode.CSV, 1);
    assertThat(tiny.parts())
        .extracting(FilePart::firstLine)
        .containsExactly(1L, 2L, 5L); // the record after the three-line field starts on line 5
  }

  @Test
  void doubledQuotesInsideAQuotedFieldDoNotEndIt() throws Exception {
    byte[] bytes = utf8("id,note\n1,\"say \"\"hi\"\"\nand go\"\n2,\"\"\"\"\n3,x\n");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.wholeReason()).isNull();
    assertThat(s.parts()).extracting(FilePart::firstLine).containsExactly(1L, 2L, 4L, 5L);
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void crlfAndALoneCarriageReturnCountAsTheReadersCountThem() throws Exception {
    byte[] bytes = utf8("id,note\r\n1,\"a\r\nb\"\r\n2,\"c\rd\"\r\n3,x\r\n4,y");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.parts()).extracting(FilePart::firstLine).containsExactly(1L, 2L, 4L, 6L, 7L);
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void theLastLineNeedsNoLineBreak() throws Exception {
    byte[] bytes = utf8("id,v\n1,a\n2,\"b\nc\"");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.parts()).extracting(FilePart::start).containsExactly(0L, 5L, 9L);
    assertThat(s.parts().get(2).end()).isEqualTo(bytes.length);
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void aSplitAtTheVeryEndLeavesNoEmptyPart() throws Exception {
    byte[] bytes = utf8("id,v\n1,a\n");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.parts()).extracting(FilePart::start).containsExactly(0L, 5L);
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void blankLinesBeforeTheHeaderAndBetweenRecordsKeepTheirLines() throws Exception {
    byte[] bytes = utf8("\n  \nid,v\n\n1,a\n \t\n2,b\n");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.parts().get(0).headerEnd()).isEqualTo(9);
    assertPartsCoverAndKeepRecords(bytes, s);
  }

  @Test
  void quotingTheReaderWouldReReadKeepsTheFileWhole() throws Exception {
    // A stray quote in an unquoted field opens a "record" over two lines that is not one record:
    // the reader re-reads the second line on its own, so the quote parity cannot place splits.
    assertThat(plan("id,v\n1,a\"b\n2,c\"\n3,d\n", 1).wholeReason()).contains("RFC 4180");
    assertThat(plan("id,v\n1,\"a\"b\nc\"\n3,d\n", 1).isSplit()).isFalse();
    assertThat(plan("id,v\n1,a\n2,\"open\n3,d\n", 1).wholeReason()).contains("end of file");
    // One stray quote on a line of its own that closes on the same line is harmless.
    Split harmless = plan("id,v\n1,a\"b\"\n2,c\n", 1);
    assertThat(harmless.isSplit()).isTrue();
    assertPartsCoverAndKeepRecords(utf8("id,v\n1,a\"b\"\n2,c\n"), harmless);
  }

  @Test
  void aByteOrderMarkIsReadOnlyWithTheFirstLine() throws Exception {
    byte[] bytes = utf8("\uFEFFid,v\n\uFEFF1,a\n2,b\n");
    Split s = plan(bytes, Mode.CSV, 1);

    assertThat(s.isSplit()).isTrue();
    assertPartsCoverAndKeepRecords(bytes, s);
    // The mark at the start of a later line is data, in the parts as in the whole file.
    assertThat(partRecords(bytes, s).get(1)).startsWith("2|\uFEFF1,a|");
  }

  @Test
  void aHeaderStartingWithNoAsciiTextKeepsTheFileWhole() throws Exception {
    assertThat(plan("\u3000\nid,v\n1,a\n", 1).wholeReason()).contains("ASCII");
  }

  @Test
  void ndjsonSplitsAtAnyLineAfterTheFirstResource() throws Exception {
    byte[] bytes = utf8("\n{\"a\":\"x\\\"\"}\n{\"b\":1}\r\n\n{\"c\":2}");
    Split s = plan(bytes, Mode.NDJSON, 1);

    assertThat(s.parts())
        .extracting(FilePart::start, FilePart::firstLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 1L),
            org.assertj.core.groups.Tuple.tuple(13L, 3L),
            org.assertj.core.groups.Tuple.tuple(22L, 4L),
            org.assertj.core.groups.Tuple.tuple(23L, 5L));
  }

  @Test
  void wholeFormatsAreNotSplit() throws Exception {
    Split s = plan(utf8("a\nb\nc\n"), Mode.WHOLE, 1);

    assertThat(s.isSplit()).isFalse();
    assertThat(s.parts().get(0).end()).isEqualTo(6);
  }

  @Test
  void randomQuotedFilesReadTheSameRecordsInPartsAsWhole() throws Exception {
    Random random = new Random(42);
    String[] cells = {
      "x",
      "",
      "12",
      "\"q\"",
      "\"a,b\"",
      "\"l1\nl2\"",
      "\"l1\r\nl2\"",
      "\"say \"\"hi\"\"\"",
      "\"\"",
      "  ",
      "é",
      "a\"b\"",
      "\"multi\n\nline\n\"",
    };
    int split = 0;
    for (int file = 0; file < 200; file++) {
      StringBuilder sb = new StringBuilder("id,a,b\n");
      int rows = 1 + random.nextInt(30);
      for (int r = 0; r < rows; r++) {
        if (random.nextInt(10) == 0) {
          sb.append(random.nextBoolean() ? "\n" : "  \n");
        }
        sb.append(r)
            .append(',')
            .append(cells[random.nextInt(cells.length)])
            .append(',')
            .append(cells[random.nextInt(cells.length)]);
        if (r < rows - 1 || random.nextBoolean()) {
          sb.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
      }
      if (random.nextInt(20) == 0) {
        sb.append("\n9,a\"b,c\nd\"\n"); // a stray quote over two lines: the file stays whole
      }
      byte[] bytes = utf8(sb.toString());
      for (long partBytes : new long[] {1, 7, 30, 1 + random.nextInt(bytes.length)}) {
        Split s = plan(bytes, Mode.CSV, partBytes);
        if (s.isSplit()) {
          split++;
        }
        assertPartsCoverAndKeepRecords(bytes, s);
      }
    }
    // A stray quote in a row with a quoted line break keeps a file whole; most files split.
    assertThat(split).isGreaterThan(300);
  }
}
