package org.infusionoutcomes.ingest.xpt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes SAS transport (XPORT v5) files: the inverse of {@link XportInput}, used by the synthetic
 * study writer and by tests that build damaged files. Character values are written as UTF-8.
 */
public final class XportOutput {
  /** Timestamp written into headers; fixed so that the same data give the same bytes. */
  private static final String CREATED = "01JAN24:00:00:00";

  private XportOutput() {}

  /**
   * A variable to write: name (up to 8 characters), type, length (numeric 8, character 1..200),
   * label.
   */
  public record Column(String name, boolean numeric, int length, String label) {}

  /**
   * Writes one dataset.
   *
   * @param rows values per row, one per column: {@code String} for character columns; {@code
   *     Number} or null (missing) for numeric columns
   */
  public static void write(
      OutputStream out,
      String datasetName,
      String datasetLabel,
      List<Column> columns,
      List<List<Object>> rows)
      throws IOException {
    out.write(record(XportInput.LIBRARY_HEADER + "0".repeat(30) + "  "));
    out.write(
        record(
            pad("SAS", 8)
                + pad("SAS", 8)
                + pad("SASLIB", 8)
                + pad("5.0", 8)
                + pad("JAVA", 8)
                + " ".repeat(24)
                + CREATED));
    out.write(record(CREATED));
    out.write(record(XportInput.MEMBER_HEADER + "0".repeat(17) + "16" + "0".repeat(8) + "140  "));
    out.write(record(XportInput.DESCRIPTOR_HEADER + "0".repeat(30) + "  "));
    out.write(
        record(
            pad("SAS", 8)
                + pad(datasetName, 8)
                + pad("SASDATA", 8)
                + pad("5.0", 8)
                + pad("JAVA", 8)
                + " ".repeat(24)
                + CREATED));
    out.write(record(CREATED + " ".repeat(16) + pad(datasetLabel, 40) + pad("", 8)));
    out.write(
        record(
            XportInput.NAMESTR_HEADER
                + "000000"
                + String.format("%04d", columns.size())
                + "0".repeat(20)
                + "  "));
    int position = 0;
    byte[] namestrs = new byte[columns.size() * 140];
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      int o = i * 140;
      putShort(namestrs, o, c.numeric() ? 1 : 2);
      putShort(namestrs, o + 4, c.length());
      putShort(namestrs, o + 6, i + 1);
      put(namestrs, o + 8, pad(c.name(), 8));
      put(namestrs, o + 16, pad(c.label(), 40));
      put(namestrs, o + 56, pad("", 8));
      put(namestrs, o + 72, pad("", 8));
      putInt(namestrs, o + 84, position);
      position += c.length();
    }
    out.write(namestrs);
    out.write(blanks((80 - namestrs.length % 80) % 80, (byte) 0));
    out.write(record(XportInput.OBS_HEADER + "0".repeat(30) + "  "));
    long written = 0;
    for (List<Object> row : rows) {
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Object v = row.get(i);
        if (c.numeric()) {
          out.write(
              v == null ? IbmFloat.missing(".") : IbmFloat.fromDouble(((Number) v).doubleValue()));
        } else {
          byte[] text = (v == null ? "" : v.toString()).getBytes(StandardCharsets.UTF_8);
          if (text.length > c.length()) {
            throw new IllegalArgumentException(
                "value of "
                    + c.name()
                    + " is "
                    + text.length
                    + " bytes, longer than the variable's "
                    + c.length());
          }
          out.write(text);
          out.write(blanks(c.length() - text.length, (byte) ' '));
        }
      }
      written += position;
    }
    out.write(blanks((int) ((80 - written % 80) % 80), (byte) ' '));
  }

  private static byte[] record(String text) {
    byte[] b = pad(text, 80).getBytes(StandardCharsets.ISO_8859_1);
    if (b.length != 80) {
      throw new IllegalStateException("header record of " + b.length + " bytes: " + text);
    }
    return b;
  }

  private static String pad(String s, int n) {
    String t = s == null ? "" : s;
    return t.length() >= n ? t.substring(0, n) : t + " ".repeat(n - t.length());
  }

  private static byte[] blanks(int n, byte b) {
    byte[] out = new byte[n];
    Arrays.fill(out, b);
    return out;
  }

  private static void put(byte[] b, int o, String s) {
    byte[] t = s.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(t, 0, b, o, t.length);
  }

  private static void putShort(byte[] b, int o, int v) {
    b[o] = (byte) (v >>> 8);
    b[o + 1] = (byte) v;
  }

  private static void putInt(byte[] b, int o, int v) {
    b[o] = (byte) (v >>> 24);
    b[o + 1] = (byte) (v >>> 16);
    b[o + 2] = (byte) (v >>> 8);
    b[o + 3] = (byte) v;
  }
}
