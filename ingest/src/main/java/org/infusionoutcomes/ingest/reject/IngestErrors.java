package org.infusionoutcomes.ingest.reject;

/**
 * User-facing messages of the ingest module, one static method per error (the Delta Kernel {@code
 * DeltaErrors} model): each names the file or field, the rule that was broken and what to do.
 */
public final class IngestErrors {
  private IngestErrors() {}

  /** An XPT variable whose NAMESTR position lies (partly) outside the observation record. */
  public static String xptPositionOutsideRecord(
      String dataset, String variable, int position, int length, int recordLength) {
    return "variable "
        + variable
        + " of dataset "
        + dataset
        + " is at position "
        + position
        + " with length "
        + length
        + ", outside the "
        + recordLength
        + "-byte observation record (rule: XPT NAMESTR position within the record; the file is"
        + " damaged: export it again)";
  }

  /** A configuration, mapping or scale document above the size limit. */
  public static String documentTooLarge(int maxBytes) {
    return "is larger than "
        + maxBytes
        + " bytes (rule: configuration, mapping and scale files are at most 1 MiB; check that the"
        + " right file was given)";
  }

  /** An input entry that is a FIFO, socket, device or a link to a folder. */
  public static String inputNotRegularFile() {
    return "not a regular file (a FIFO, socket, device or link to a folder; rule: inputs are"
        + " regular files): skipped, copy the data into a regular file to read it";
  }

  /** An input file name whose bytes are not UTF-8. */
  public static String inputNameNotUtf8() {
    return "file name is not valid UTF-8 (rule: input file names are UTF-8 text): skipped,"
        + " rename the file to read it";
  }

  /** An input path with a ':' below the input root. */
  public static String inputNameHasColon() {
    return "file or folder name contains ':' (rule: Hadoop paths cannot hold ':' in a name):"
        + " skipped, rename it to read it";
  }

  /** An input entry that cannot be listed or read. */
  public static String inputEntryUnreadable(String cause) {
    return "cannot be read (" + cause + "): skipped, check its permissions";
  }
}
