package org.infusionoutcomes.ingest.sdtm;

/**
 * One record of an SDTM domain, whatever the file format (CSV or SAS transport): variables are
 * looked up by name, case-insensitively.
 */
public interface SdtmRow {
  /** The trimmed value of {@code variable}; null when absent, empty or {@code NA}. */
  String get(String variable);

  /** Whether the dataset has {@code variable} at all. */
  boolean has(String variable);
}
