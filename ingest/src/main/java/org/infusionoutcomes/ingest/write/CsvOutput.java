package org.infusionoutcomes.ingest.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every {@link StudyWriter} writes a CSV file: UTF-8, RFC 4180 with {@code \n} between records,
 * a header line and then the records of a list of items.
 */
public final class CsvOutput {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  /** Prints the records of one item. */
  @FunctionalInterface
  public interface Records<T> {
    void print(T item, CSVPrinter printer) throws IOException;
  }

  private CsvOutput() {}

  /** A printer writing {@code file}; closing it closes the file. */
  public static CSVPrinter printer(Path file) throws IOException {
    return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
  }

  /**
   * Writes {@code file}: the header, then the records {@code records} prints for each item.
   *
   * @return {@code file}
   */
  public static <T> Path write(
      Path file, List<String> header, Iterable<? extends T> items, Records<T> records)
      throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord(header);
      for (T item : items) {
        records.print(item, p);
      }
    }
    return file;
  }

  /**
   * Writes {@code file}: the header, then one record per row map, its values in header order; a
   * column the map lacks is written as {@code absent}.
   *
   * @return {@code file}
   */
  public static Path writeMaps(
      Path file, List<String> header, Iterable<? extends Map<String, String>> rows, String absent)
      throws IOException {
    return write(
        file,
        header,
        rows,
        (row, p) -> {
          List<String> values = new ArrayList<>(header.size());
          for (String c : header) {
            values.add(row.getOrDefault(c, absent));
          }
          p.printRecord(values);
        });
  }
}
