package org.infusionoutcomes.ingest.detect;

import org.infusionoutcomes.ingest.source.SourceFormat;

/**
 * What {@link FormatDetector} found for one file: a format to read, a file deliberately not read
 * (documentation, a mapping file, an SDTM domain the pipeline does not use), or no known format.
 *
 * @param format the format to read, or null
 * @param skipReason why a recognised file is not read, or null
 * @param problem why no format matched, or null
 */
public record Detection(SourceFormat format, String skipReason, String problem) {

  public static Detection read(SourceFormat format) {
    return new Detection(format, null, null);
  }

  public static Detection skip(String reason) {
    return new Detection(null, reason, null);
  }

  public static Detection unknown(String problem) {
    return new Detection(null, null, problem);
  }

  public boolean isRead() {
    return format != null;
  }

  public boolean isSkipped() {
    return skipReason != null;
  }

  public boolean isUnknown() {
    return problem != null;
  }
}
