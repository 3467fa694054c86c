package org.infusionoutcomes.ingest.csv;

import java.util.List;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * One well-formed CSV record as a reader sees it: the header, the record's fields, where it came
 * from and the file it belongs to.
 *
 * @param header the file's header
 * @param fields the record's fields, as many as the header's
 * @param origin file, line and raw text of the record
 * @param file the input file
 */
public record CsvRow(CsvHeader header, List<String> fields, Origin origin, SourceFile file) {

  /** The value of {@code column} (see {@link CsvHeader#value}). */
  public String value(String column) {
    return header.value(fields, column);
  }

  /** The value of a column that must not be empty (see {@link CsvSourceReader#required}). */
  public String required(String column) {
    return CsvSourceReader.required(header, fields, column);
  }

  /** The column name as written in the file (see {@link CsvSourceReader#columnName}). */
  public String columnName(String column) {
    return CsvSourceReader.columnName(header, column);
  }
}
