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
}
