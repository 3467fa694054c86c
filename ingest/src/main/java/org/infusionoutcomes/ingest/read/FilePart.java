package org.infusionoutcomes.ingest.read;

import java.io.Serializable;

/**
 * One part of a large line-based input file, read by its own task: the bytes {@code [start, end)},
 * which begin at the start of a record. Parts are planned by {@code FileSplitter}.
 *
 * @param index 0 for the part that holds the header, then 1, 2, ... in file order
 * @param count how many parts the file has
 * @param start first byte of the part
 * @param end byte after the part's last byte
 * @param firstLine the physical line number (1-based) of the part's first byte in the whole file,
 *     counted exactly as the readers count lines
 * @param headerEnd byte after the file's first record (the header of a CSV file); parts after the
 *     first read {@code [0, headerEnd)} for the header
 */
public record FilePart(int index, int count, long start, long end, long firstLine, long headerEnd)
    implements Serializable {

  /** Whether this part holds the start of the file (and so its header). */
  public boolean isFirst() {
    return index == 0;
  }
}
