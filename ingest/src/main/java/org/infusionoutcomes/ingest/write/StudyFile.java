package org.infusionoutcomes.ingest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file a {@link StudyWriter} writes: its name in the output directory and what writes it there.
 * A writer lists its files and {@link #writeAll} writes them, in order.
 *
 * @param name file name in the output directory
 * @param contents writes the file
 */
public record StudyFile(String name, Contents contents) {

  /** Writes the contents of one file. */
  @FunctionalInterface
  public interface Contents {
    void write(Path file) throws IOException;
  }

  /** A CSV file ({@link CsvOutput#write}): the header, then the records of each item. */
  public static <T> StudyFile csv(
      String name, List<String> header, Iterable<? extends T> items, CsvOutput.Records<T> records) {
    return new StudyFile(name, file -> CsvOutput.write(file, header, items, records));
  }

  /**
   * Writes {@code files} into {@code dir} (created if needed), in order.
   *
   * @return the files written
   */
  public static List<Path> writeAll(Path dir, List<StudyFile> files) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (StudyFile f : files) {
      Path file = dir.resolve(f.name());
      f.contents().write(file);
      written.add(file);
    }
    return written;
  }
}
