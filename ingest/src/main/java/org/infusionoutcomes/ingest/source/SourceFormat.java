package org.infusionoutcomes.ingest.source;

/** The input formats the run recognises (docs/formats.md). */
public enum SourceFormat {
  /** Generic long CSV of scores (docs/formats.md). */
  GENERIC_SCORES("generic-scores"),
  /** Generic CSV of infusions (docs/formats.md). */
  GENERIC_INFUSIONS("generic-infusions"),
  /** Generic CSV of subjects (docs/formats.md). */
  GENERIC_SUBJECTS("generic-subjects"),
  /** Generic CSV of vital-sign readings (docs/formats.md, "Vital signs"). */
  GENERIC_VITALS("generic-vitals"),
  /** Generic CSV of adverse events (docs/formats.md, "Adverse events"). */
  GENERIC_ADVERSE_EVENTS("generic-adverse-events"),
  /** Generic CSV of medications (docs/formats.md, "Medications"). */
  GENERIC_MEDICATIONS("generic-medications"),
  /** CDISC SDTM domain as CSV (docs/formats.md): QS, RS, EX, DM, VS, AE or CM. */
  SDTM_CSV("sdtm-csv"),
  /** CDISC SDTM domain as SAS transport v5 (XPT). */
  SDTM_XPT("sdtm-xpt"),
  /** REDCap raw CSV export (docs/formats.md, "REDCap raw CSV export"). */
  REDCAP("redcap"),
  /** FHIR R4 NDJSON bulk export or Bundle (docs/formats.md, "FHIR R4"). */
  FHIR("fhir"),
  /** Any CSV/TSV described by a user mapping file. */
  MAPPED("mapped");

  private final String id;

  SourceFormat(String id) {
    this.id = id;
  }

  /** The name used on the command line ({@code --format}) and in the manifest. */
  public String id() {
    return id;
  }

  /** The format with this command-line name. */
  public static SourceFormat fromId(String id) {
    for (SourceFormat f : values()) {
      if (f.id.equalsIgnoreCase(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + id + "'");
  }
}
