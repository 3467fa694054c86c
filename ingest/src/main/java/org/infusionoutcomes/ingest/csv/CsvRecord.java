package org.infusionoutcomes.ingest.csv;

import java.util.List;

/**
 * One physical CSV record: its 1-based starting line, its exact raw text (without the line break),
 * and its fields - or, when the record is not valid CSV, the problem instead of fields.
 *
 * @param line line where the record starts
 * @param raw the record's text as read
 * @param fields the parsed fields, or null when {@code problem} is set
 * @param problem why the record is not valid CSV, or null
 */
public record CsvRecord(long line, String raw, List<String> fields, String problem) {

  public boolean isMalformed() {
    return problem != null;
  }
}
