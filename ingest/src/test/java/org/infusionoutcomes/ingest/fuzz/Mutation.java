package org.infusionoutcomes.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The ways the fuzz tests damage a file: truncation, byte flips, other encodings, stray quotes,
 * huge fields, odd numbers and dates. Shared by the ingest fuzz test (validate path) and the jobs
 * fuzz test (run path).
 */
public enum Mutation {
  TRUNCATE {
    @Override
    public byte[] apply(byte[] b, Random r) {
      return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
    }
  },
  FLIP_BYTES {
    @Override
    public byte[] apply(byte[] b, Random r) {
      byte[] out = b.clone();
      for (int i = 0; i < 1 + out.length / 500 && out.length > 0; i++) {
        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
      }
      return out;
    }
  },
  UTF16 {
    @Override
    public byte[] apply(byte[] b, Random r) {
      return new String(b, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_16);
    }
  },
  LATIN1_WITH_BOM {
    @Override
    public byte[] apply(byte[] b, Random r) {
      String s = new String(b, StandardCharsets.UTF_8).replace("e", "\u00e9");
      byte[] body = s.getBytes(StandardCharsets.ISO_8859_1);
      byte[] out = new byte[body.length + 3];
      out[0] = (byte) 0xEF;
      out[1] = (byte) 0xBB;
      out[2] = (byte) 0xBF;
      System.arraycopy(body, 0, out, 3, body.length);
      return out;
    }
  },
  STRAY_QUOTES {
    @Override
    public byte[] apply(byte[] b, Random r) {
      return insertAt(b, r, "\"\"\"'\"");
    }
  },
  HUGE_FIELD {
    @Override
    public byte[] apply(byte[] b, Random r) {
      return insertAt(b, r, "x".repeat(200_000));
    }
  },
  ODD_NUMBERS {
    @Override
    public byte[] apply(byte[] b, Random r) {
      String[] odd = {"1e308", "-0", "NaN", "99999999999999999999", "0x1F", "1,5", "-1", "\u0663"};
      return text(b)
          .replaceAll("(?<=[,\"\\t:])\\d{1,2}(?=[,\"\\t\\n}])", odd[r.nextInt(odd.length)])
          .getBytes(StandardCharsets.UTF_8);
    }
  },
  ODD_DATES {
    @Override
    public byte[] apply(byte[] b, Random r) {
      String[] odd = {"0000-00-00", "2024-02-30", "9999-12-31T25:61", "2024-13-01", "31/12/2024"};
      return text(b)
          .replaceAll("\\d{4}-\\d{2}-\\d{2}", odd[r.nextInt(odd.length)])
          .getBytes(StandardCharsets.UTF_8);
    }
  };

  /** The damaged copy of {@code b}, drawing from {@code r}. */
  public abstract byte[] apply(byte[] b, Random r);

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] insertAt(byte[] b, Random r, String insert) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length);
    byte[] add = insert.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + add.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(add, 0, out, at, add.length);
    System.arraycopy(b, at, out, at + add.length, b.length - at);
    return out;
  }
}
