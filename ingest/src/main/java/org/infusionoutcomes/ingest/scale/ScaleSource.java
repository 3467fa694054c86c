package org.infusionoutcomes.ingest.scale;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the definition of one scale of this run came from: the shipped resource or a user's file
 * (config {@code scale_files}), the sha256 of the file's bytes and the text itself, so the run
 * manifest and report can say exactly which definition every number used.
 *
 * @param scaleId the scale's canonical id
 * @param version the definition's version
 * @param origin {@link #SHIPPED} or {@link #SCALE_FILES}
 * @param file the classpath resource or the user's file, as named in errors
 * @param sha256 lower-case hex sha256 of the file's bytes
 * @param overridesShipped whether a user's file replaced the shipped definition of the same id
 * @param text the definition file's text (UTF-8)
 */
public record ScaleSource(
    String scaleId,
    String version,
    String origin,
    String file,
    String sha256,
    boolean overridesShipped,
    String text)
    implements Serializable {
  /** Origin of a definition shipped in the jar. */
  public static final String SHIPPED = "shipped";

  /** Origin of a definition read from a file named under the config's {@code scale_files}. */
  public static final String SCALE_FILES = "scale_files";

  static ScaleSource of(
      ScaleDefinition scale, String origin, ScaleFile file, boolean overridesShipped) {
    byte[] bytes = file.content();
    return new ScaleSource(
        scale.id(),
        scale.version(),
        origin,
        file.name(),
        sha256(bytes),
        overridesShipped,
        new String(bytes, StandardCharsets.UTF_8));
  }

  /** Lower-case hex sha256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
