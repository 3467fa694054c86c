package org.infusionoutcomes.ingest.xpt;

/**
 * IBM System/360 hexadecimal floating point, the number format of SAS transport (XPORT v5) files: a
 * sign bit, a 7-bit base-16 exponent biased by 64, and a 56-bit fraction. Every double converts to
 * it and back exactly (a normalised 56-bit hex fraction keeps at least 53 significant bits).
 *
 * <p>Missing values are the byte {@code .} (0x2E), {@code A}-{@code Z} or {@code _} followed by
 * zero bytes ({@code .}, {@code .A}-{@code .Z}, {@code ._} in SAS).
 */
public final class IbmFloat {
  private static final long FRACTION_MASK = 0x00FF_FFFF_FFFF_FFFFL;

  private IbmFloat() {}

  /**
   * The SAS missing-value code of a stored number ({@code "."}, {@code ".A"}..{@code ".Z"}, {@code
   * "._"}), or null when the bytes hold a number.
   */
  public static String missingCode(byte[] bytes, int offset, int length) {
    int first = bytes[offset] & 0xFF;
    for (int i = 1; i < length; i++) {
      if (bytes[offset + i] != 0) {
        return null;
      }
    }
    if (first == '.') {
      return ".";
    }
    if ((first >= 'A' && first <= 'Z') || first == '_') {
      return "." + (char) first;
    }
    return null;
  }

  /**
   * The number stored in {@code length} (2..8) bytes at {@code offset}; short numbers are the
   * leading bytes of the 8-byte form. Call {@link #missingCode} first.
   */
  public static double toDouble(byte[] bytes, int offset, int length) {
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (i < length ? bytes[offset + i] & 0xFF : 0);
    }
    long fraction = bits & FRACTION_MASK;
    if (fraction == 0) {
      return 0.0;
    }
    int exponent = (int) ((bits >>> 56) & 0x7F) - 64;
    double magnitude = Math.scalb((double) fraction, 4 * exponent - 56);
    return bits < 0 ? -magnitude : magnitude;
  }

  /**
   * The 8-byte IBM form of {@code value}.
   *
   * @throws IllegalArgumentException for NaN, infinities and magnitudes IBM floats cannot hold
   */
  public static byte[] fromDouble(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("cannot store " + value + " as an IBM float");
    }
    byte[] out = new byte[8];
    if (value == 0.0) {
      return out;
    }
    double magnitude = Math.abs(value);
    // 16^(e-1) <= magnitude < 16^e, so the fraction magnitude / 16^e lies in [1/16, 1).
    int e = Math.floorDiv(Math.getExponent(magnitude), 4) + 1;
    if (e + 64 < 0 || e + 64 > 127 || Math.getExponent(magnitude) < Double.MIN_EXPONENT) {
      throw new IllegalArgumentException(value + " is outside the range of IBM floats");
    }
    // Exact: the double's 53 significant bits land on whole positions of the 56-bit fraction.
    long fraction = (long) Math.scalb(magnitude, 56 - 4 * e);
    long bits = ((long) (e + 64) << 56) | fraction;
    if (value < 0) {
      bits |= Long.MIN_VALUE;
    }
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) bits;
      bits >>>= 8;
    }
    return out;
  }

  /**
   * The 8-byte form of a SAS missing value: {@code "."}, {@code ".A"}..{@code ".Z"} or {@code
   * "._"}.
   */
  public static byte[] missing(String code) {
    byte[] out = new byte[8];
    out[0] = (byte) (code.length() == 1 ? '.' : code.charAt(1));
    return out;
  }
}
