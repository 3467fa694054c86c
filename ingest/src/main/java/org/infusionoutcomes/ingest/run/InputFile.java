package org.infusionoutcomes.ingest.run;

/**
 * One file found under the inputs, and what the run does with it.
 *
 * @param path the file as a Hadoop URI
 * @param relativePath path relative to its input root
 * @param bytes size in bytes
 * @param status {@code read}, {@code skipped} (recognised, deliberately not read) or {@code
 *     unknown} (no format matched: reported, not read)
 * @param format the format read, or null
 * @param note why a file is skipped or unknown, or null
 */
public record InputFile(
    String path, String relativePath, long bytes, String status, String format, String note) {
  public static final String READ = "read";
  public static final String SKIPPED = "skipped";
  public static final String UNKNOWN = "unknown";
}
