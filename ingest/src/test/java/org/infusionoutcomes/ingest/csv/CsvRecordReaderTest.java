package org.infusionoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRecord> records(byte[] bytes, char delimiter) {
    List<CsvRecord> out = new ArrayList<>();
    try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), delimiter)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static List<CsvRecord> records(String text) {
    return records(text.getBytes(StandardCharsets.UTF_8), ',');
  }

  @Test
  void eachRecordKeepsItsStartLineRawTextAndFields() {
    List<CsvRecord> r = records("a,b,c\n1, 2 ,3\n4,,6\n");

    assertThat(r).hasSize(3);
    assertThat(r.get(1).line()).isEqualTo(2);
    assertThat(r.get(1).raw()).isEqualTo("1, 2 ,3");
    assertThat(r.get(1).fields()).containsExactly("1", " 2 ", "3");
    assertThat(r.get(2).fields()).containsExactly("4", "", "6");
    assertThat(r.get(2).isMalformed()).isFalse();
  }

  @Test
  void blankLinesAreSkippedButStillCounted() {
    List<CsvRecord> r = records("a,b\n\n1,2\n   \n\n3,4\n\n");

    assertThat(r).extracting(CsvRecord::line).containsExactly(1L, 3L, 6L);
    assertThat(r.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void byteOrderMarkIsDroppedFromTheFirstColumnName() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "study_id,score\nS1,3\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    List<CsvRecord> r = records(bytes, ',');

    assertThat(r.get(0).fields()).containsExactly("study_id", "score");
    assertThat(r.get(0).raw()).isEqualTo("study_id,score");
  }

  @Test
  void quotedLineBreakContinuesTheRecordAndKeepsItsStartLine() {
    List<CsvRecord> r = records("a,b\n1,\"two\nlines\"\n3,4\n");

    assertThat(r).hasSize(3);
    assertThat(r.get(1).line()).isEqualTo(2);
    assertThat(r.get(1).raw()).isEqualTo("1,\"two\nlines\"");
    assertThat(r.get(1).fields()).containsExactly("1", "two\nlines");
    assertThat(r.get(2).line()).isEqualTo(4);
    assertThat(r.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void doubledQuoteInsideQuotesIsOneQuote() {
    List<CsvRecord> r = records("a,b\n\"say \"\"hi\"\"\",2\n");

    assertThat(r.get(1).fields()).containsExactly("say \"hi\"", "2");
  }

  @Test
  void unbalancedQuoteOnlyLosesItsOwnLine() {
    List<CsvRecord> r = records("a,b\n1,\"open\n3,4\n5,6\n");

    assertThat(r).hasSize(4);
    CsvRecord bad = r.get(1);
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.raw()).isEqualTo("1,\"open");
    assertThat(bad.isMalformed()).isTrue();
    assertThat(bad.fields()).isNull();
    assertThat(bad.problem()).contains("unbalanced quote");
    assertThat(r.get(2).line()).isEqualTo(3);
    assertThat(r.get(2).fields()).containsExactly("3", "4");
    assertThat(r.get(3).line()).isEqualTo(4);
    assertThat(r.get(3).fields()).containsExactly("5", "6");
  }

  @Test
  void twoStrayQuotesDoNotSwallowTheLinesBetweenThem() {
    // Line 2 and line 4 each hold one stray quote; the quote state pairs them up, but the text
    // between is not one valid record: only the two lines with a stray quote are lost.
    List<CsvRecord> r = records("a,b\n1,\"open\n3,4\n5,\"again\n7,8\n");

    assertThat(r).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(r)
        .extracting(CsvRecord::isMalformed)
        .containsExactly(false, true, false, true, false);
    assertThat(r.get(2).fields()).containsExactly("3", "4");
    assertThat(r.get(4).fields()).containsExactly("7", "8");
  }

  @Test
  void textAfterAClosingQuoteIsMalformedAndReadingGoesOn() {
    List<CsvRecord> r = records("a,b\n\"x\"y,2\n3,4\n");

    assertThat(r.get(1).isMalformed()).isTrue();
    assertThat(r.get(1).raw()).isEqualTo("\"x\"y,2");
    assertThat(r.get(1).problem()).startsWith("not valid CSV");
    assertThat(r.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void tabDelimiterSplitsOnTabsOnly() {
    List<CsvRecord> r = records("a\tb\n1,5\t2\n".getBytes(StandardCharsets.UTF_8), '\t');

    assertThat(r.get(1).fields()).containsExactly("1,5", "2");
  }

  @Test
  void windowsLineEndingsAreNotPartOfTheRawText() {
    List<CsvRecord> r = records("a,b\r\n1,2\r\n");

    assertThat(r.get(1).raw()).isEqualTo("1,2");
    assertThat(r.get(1).fields()).containsExactly("1", "2");
  }

  @Test
  void undecodableBytesAreReplacedNotFatal() {
    byte[] bytes = {'a', ',', 'b', '\n', '1', ',', (byte) 0xFF, '\n'};

    List<CsvRecord> r = records(bytes, ',');

    assertThat(r.get(1).fields()).containsExactly("1", "\uFFFD");
  }

  @Test
  void emptyInputHasNoRecords() {
    assertThat(records("")).isEmpty();
    assertThat(records("\n\n  \n")).isEmpty();
  }

  @Test
  void aLineWithoutQuotesSplitsExactlyAsCommonsCsvWould() throws Exception {
    List<String> lines =
        List.of(
            "a,b,c",
            ",",
            ",,",
            "a,",
            ",a",
            " a , b ",
            "x",
            "é,ü,\u00a0",
            "1\t2\t",
            "a;b",
            "\\,\\n");
    for (char delimiter : new char[] {',', '\t', ';'}) {
      org.apache.commons.csv.CSVFormat format =
          org.apache.commons.csv.CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setQuote('"')
              .setIgnoreEmptyLines(false)
              .setTrim(false)
              .get();
      for (String line : lines) {
        List<String> expected = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser p =
            org.apache.commons.csv.CSVParser.parse(line, format)) {
          p.getRecords().get(0).forEach(expected::add);
        }
        assertThat(CsvRecordReader.fields(line, delimiter))
            .as("%s split on %s", line, delimiter)
            .isEqualTo(expected);
        assertThat(records(line.getBytes(StandardCharsets.UTF_8), delimiter).get(0).fields())
            .isEqualTo(expected);
      }
    }
  }
}
