package org.infusionoutcomes.ingest.source;

import java.io.Serializable;

/**
 * Where an input record came from: every canonical row, reject and warning keeps this pointer.
 *
 * @param fileOrder position of the file in the run's input order (files sorted by their path
 *     relative to the input root; later files are later snapshots)
 * @param file the file's path as given to the run (a Hadoop URI)
 * @param line 1-based physical line where the record starts (CSV), the line of an NDJSON resource,
 *     or the observation number of an XPT record
 * @param format the detected format
 * @param rawRecord the record's text exactly as read (for binary formats, a faithful rendering)
 */
public record Origin(int fileOrder, String file, long line, SourceFormat format, String rawRecord)
    implements Serializable {

  /** Ordering of records by snapshot: later file first wins, then later line. */
  public boolean isLaterThan(Origin other) {
    return fileOrder != other.fileOrder ? fileOrder > other.fileOrder : line > other.line;
  }

  /**
   * The same origin at another position of the input order (parsed records kept from an earlier
   * run, where files were added or removed before this one).
   */
  public Origin withFileOrder(int order) {
    return order == fileOrder ? this : new Origin(order, file, line, format, rawRecord);
  }

  /** The same origin without the raw text (for findings that need no copy of the record). */
  public Origin withoutRawRecord() {
    return new Origin(fileOrder, file, line, format, null);
  }
}
