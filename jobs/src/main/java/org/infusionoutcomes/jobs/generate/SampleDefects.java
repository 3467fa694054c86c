package org.infusionoutcomes.jobs.generate;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.infusionoutcomes.ingest.sdtm.SdtmResultRow;

/**
 * Appends a few deliberately bad records to a written sample, one per class of problem the readers
 * must catch, so that {@code data-samples/} shows what a reject and a warning look like. Each line
 * says in a trailing visit label which rule it breaks.
 */
public final class SampleDefects {
  private SampleDefects() {}

  /** Appends the defects for a generic-CSV sample written in {@code dir}. */
  public static void appendGeneric(Path dir, String studyId) throws IOException {
    String s = studyId;
    StringBuilder b = new StringBuilder();
    // A whole MADRS assessment with one item out of range (8 > 6): all ten lines are rejected.
    for (int item = 1; item <= 10; item++) {
      b.append(
          row(
              s,
              "S02",
              s + "-901",
              "MADRS",
              "Screening (item_out_of_range)",
              "2024-02-05",
              "08:30",
              item,
              item == 3 ? "8" : "3"));
    }
    // A PHQ-9 assessment with a non-integer item: all nine lines are rejected.
    for (int item = 1; item <= 9; item++) {
      b.append(
          row(
              s,
              "S02",
              s + "-902",
              "PHQ-9",
              "Screening (item_not_integer)",
              "2024-02-06",
              "08:15",
              item,
              item == 2 ? "2.5" : "2"));
    }
    b.append(row(s, "S02", s + "-903", "PHQ-9", "Screening (partial_date)", "2024-03", "", 1, "1"));
    b.append(
        row(s, "S02", s + "-903", "HAM-A", "Screening (unknown_scale)", "2024-03-04", "", 1, "2"));
    b.append(
        row(s, "S02", s + "-903", "MADRS", "Screening (unknown_item)", "2024-03-04", "", 11, "2"));
    b.append(s)
        .append(",S02,")
        .append(s)
        .append("-903,MADRS,\"Screening (malformed_csv),2024-03-04,,1,2\n");
    b.append(s)
        .append(",S02,")
        .append(s)
        .append("-903,MADRS,Screening (wrong_field_count),2024-03-04\n");
    append(dir.resolve("scores.csv"), b.toString());
    Path meds = dir.resolve("medications.csv");
    if (Files.exists(meds)) {
      // A start date with month 13: the medication record is rejected.
      append(meds, s + "," + s + "-903,Lorazepam (invalid_date),2024-13-01,,N,1,mg,ORAL,BID\n");
    }
  }

  /** Appends the defects for an SDTM sample written in {@code dir}. */
  public static void appendSdtm(Path dir, String studyId) throws IOException {
    String u = studyId + "-901";
    String partialDate =
        sdtmRow(studyId, "QS", u, 1, "PHQ0101", "Little interest", "PHQ-9", "1", "2024-03");
    String unknownItem =
        sdtmRow(studyId, "QS", u, 2, "PHQ0199", "Unknown", "PHQ-9", "1", "2024-02-05");
    append(dir.resolve("qs.csv"), partialDate + unknownItem);
    StringBuilder r = new StringBuilder();
    for (int item = 1; item <= 10; item++) {
      String v = item == 5 ? "9" : "3"; // item_out_of_range: the whole assessment is rejected
      r.append(
          sdtmRow(
              studyId,
              "RS",
              u,
              item,
              String.format("MADRS1%02d", item),
              "Item " + item,
              "MADRS",
              v,
              "2024-02-05T08:30"));
    }
    append(dir.resolve("rs.csv"), r.toString());
  }

  private static void append(Path file, String lines) throws IOException {
    Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /**
   * A line of an SDTM QS or RS file: the result in ORRES, STRESC and STRESN, at the screening
   * visit.
   */
  private static String sdtmRow(
      String study,
      String domain,
      String subject,
      int seq,
      String testCode,
      String test,
      String category,
      String result,
      String dateTime) {
    SdtmResultRow row =
        new SdtmResultRow(
            study,
            domain,
            subject,
            seq,
            testCode,
            test,
            category,
            result,
            null,
            1,
            "Screening",
            dateTime,
            null);
    return row.values().stream().map(v -> v == null ? "" : v.toString()).collect(joining(","))
        + "\n";
  }

  private static String row(
      String study,
      String site,
      String subject,
      String scale,
      String visit,
      String date,
      String time,
      int item,
      String score) {
    return String.join(
            ",", study, site, subject, scale, visit, date, "", time, Integer.toString(item), score)
        + "\n";
  }
}
