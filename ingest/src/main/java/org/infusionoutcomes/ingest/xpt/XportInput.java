package org.infusionoutcomes.ingest.xpt;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Streams a SAS transport file, version 5 (the XPORT engine format of FDA submissions), dataset by
 * dataset and observation by observation, without holding the file in memory.
 *
 * <p>Layout (SAS technical note TS-140): a library header of three 80-byte records; per dataset a
 * member header, two descriptor records (name, label), a NAMESTR header giving the variable count,
 * one NAMESTR record per variable (140 bytes, 136 on VAX/VMS) padded to a multiple of 80, an OBS
 * header, then the observations back to back, padded with blanks to a multiple of 80. The format
 * stores no observation count: the data end at the next member header or at the end of the file, so
 * a blank observation in the final 80-byte block is indistinguishable from padding (as in SAS).
 *
 * <p>Character values are decoded as UTF-8 when they are valid UTF-8, else as ISO-8859-1.
 */
public final class XportInput implements Closeable {
  static final int RECORD = 80;
  static final String LIBRARY_HEADER = "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!";
  static final String LIBRARY_HEADER_V8 = "HEADER RECORD*******LIBV8   HEADER RECORD!!!!!!!";
  static final String MEMBER_HEADER = "HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!";
  static final String DESCRIPTOR_HEADER = "HEADER RECORD*******DSCRPTR HEADER RECORD!!!!!!!";
  static final String NAMESTR_HEADER = "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!";
  static final String OBS_HEADER = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!";

  private final InputStream in;

  /** Bytes read ahead but not consumed. */
  private byte[] buffer = new byte[1 << 16];

  private int start;
  private int end;
  private boolean eof;

  /** File offset of {@code buffer[start]}. */
  private long offset;

  private XptDataset dataset;
  private boolean inData;
  private long observationsInDataset;

  /**
   * Opens the stream and checks the library header.
   *
   * @throws XportFormatException when the file is not a transport v5 file
   */
  public XportInput(InputStream in) throws IOException, XportFormatException {
    this.in = in;
    byte[] head = take(3 * RECORD);
    if (head.length < RECORD) {
      throw new XportFormatException(
          head.length == 0
              ? "the file is empty"
              : "the file is "
                  + head.length
                  + " bytes long, too short for a SAS transport library header");
    }
    String first = ascii(head, 0, RECORD);
    if (first.startsWith(LIBRARY_HEADER_V8)) {
      throw new XportFormatException(
          "this is a SAS transport version 8/9 file (LIBV8); only version 5 (the XPORT engine, as FDA submissions use) is read");
    }
    if (!first.startsWith(LIBRARY_HEADER)) {
      throw new XportFormatException(
          "not a SAS transport (XPORT v5) file: the first 80 bytes are not its library header");
    }
    if (head.length < 3 * RECORD) {
      throw new XportFormatException("the file is truncated inside its library header");
    }
  }

  /**
   * Whether {@code head} (the first bytes of a file) starts with a transport v5 or v8 library
   * header.
   */
  public static boolean looksLikeTransport(byte[] head) {
    if (head.length < LIBRARY_HEADER.length()) {
      return false;
    }
    String first = ascii(head, 0, LIBRARY_HEADER.length());
    return first.equals(LIBRARY_HEADER) || first.equals(LIBRARY_HEADER_V8);
  }

  /**
   * The first dataset described in {@code head} (the first bytes of a file), when the head holds
   * its complete headers; empty otherwise (not a v5 transport file, or headers longer than the
   * head).
   */
  public static java.util.Optional<XptDataset> firstDataset(byte[] head) {
    try (XportInput in = new XportInput(new java.io.ByteArrayInputStream(head))) {
      return java.util.Optional.ofNullable(in.nextDataset());
    } catch (IOException | XportFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Moves to the next dataset, skipping what is left of the current one.
   *
   * @return the dataset, or null at the end of the file
   * @throws XportFormatException when its headers are damaged or truncated
   */
  public XptDataset nextDataset() throws IOException, XportFormatException {
    while (inData) {
      if (nextObservation() == null) {
        break;
      }
    }
    if (!fill(1)) {
      return null;
    }
    byte[] member = takeExactly(RECORD, "member header");
    String memberText = ascii(member, 0, RECORD);
    if (!memberText.startsWith(MEMBER_HEADER)) {
      throw new XportFormatException(
          "expected a member header at byte "
              + (offset - RECORD)
              + ", found '"
              + memberText.trim()
              + "'");
    }
    int namestrLength =
        parseInt(memberText.substring(74, 78), "NAMESTR length in the member header");
    if (namestrLength != 140 && namestrLength != 136) {
      throw new XportFormatException(
          "unsupported NAMESTR length " + namestrLength + " (expected 140 or 136)");
    }
    byte[] descriptor = takeExactly(3 * RECORD, "member descriptor");
    if (!ascii(descriptor, 0, RECORD).startsWith(DESCRIPTOR_HEADER)) {
      throw new XportFormatException("the member descriptor header is missing");
    }
    String name = ascii(descriptor, RECORD + 8, 8).trim();
    String label = text(descriptor, 2 * RECORD + 32, 40);
    byte[] namestrHeader = takeExactly(RECORD, "NAMESTR header of dataset " + name);
    String nh = ascii(namestrHeader, 0, RECORD);
    if (!nh.startsWith(NAMESTR_HEADER)) {
      throw new XportFormatException("the NAMESTR header of dataset " + name + " is missing");
    }
    int count = parseInt(nh.substring(54, 58), "variable count of dataset " + name);
    int namestrBytes = count * namestrLength;
    byte[] namestrs = takeExactly(namestrBytes, "NAMESTR records of dataset " + name);
    int padding = (RECORD - namestrBytes % RECORD) % RECORD;
    takeExactly(padding, "NAMESTR records of dataset " + name);
    List<XptVariable> variables = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int o = i * namestrLength;
      int type = u16(namestrs, o);
      int length = u16(namestrs, o + 4);
      String varName = ascii(namestrs, o + 8, 8).trim();
      String varLabel = text(namestrs, o + 16, 40);
      int position = (int) u32(namestrs, o + 84);
      if (type != 1 && type != 2) {
        throw new XportFormatException(
            "variable "
                + (i + 1)
                + " ("
                + varName
                + ") of dataset "
                + name
                + " has unknown type "
                + type);
      }
      if (length < 1 || (type == 1 && (length < 2 || length > 8))) {
        throw new XportFormatException(
            "variable " + varName + " of dataset " + name + " has invalid length " + length);
      }
      variables.add(new XptVariable(varName, type == 1, length, position, varLabel));
    }
    // The observation record is as long as the variables together; a position outside it would
    // read another variable's bytes or nothing, so the file is refused rather than read wrongly.
    int recordLength = variables.stream().mapToInt(XptVariable::length).sum();
    for (XptVariable v : variables) {
      if (v.position() < 0 || (long) v.position() + v.length() > recordLength) {
        throw new XportFormatException(
            IngestErrors.xptPositionOutsideRecord(
                name, v.name(), v.position(), v.length(), recordLength));
      }
    }
    byte[] obsHeader = takeExactly(RECORD, "OBS header of dataset " + name);
    if (!ascii(obsHeader, 0, RECORD).startsWith(OBS_HEADER)) {
      throw new XportFormatException("the OBS header of dataset " + name + " is missing");
    }
    dataset = new XptDataset(name, label, variables);
    inData = true;
    observationsInDataset = 0;
    return dataset;
  }

  /**
   * The next observation of the current dataset, or null at its end. A final observation cut off by
   * the end of the file is returned as {@link Observation#truncated()} with the bytes present.
   */
  public Observation nextObservation() throws IOException {
    if (!inData) {
      return null;
    }
    int length = dataset.observationLength();
    if (length == 0 || atEndOfData()) {
      skipPadding();
      inData = false;
      return null;
    }
    fill(length);
    int available = Math.min(length, end - start);
    byte[] raw = Arrays.copyOfRange(buffer, start, start + available);
    consume(available);
    observationsInDataset++;
    if (available < length) {
      inData = false;
      return new Observation(observationsInDataset, dataset, List.of(), true, available);
    }
    List<XptValue> values = new ArrayList<>(dataset.variables().size());
    for (XptVariable v : dataset.variables()) {
      if (v.position() < 0 || v.position() + v.length() > raw.length) {
        values.add(new XptValue(v, null, null, "."));
        continue;
      }
      if (v.numeric()) {
        String missing = IbmFloat.missingCode(raw, v.position(), v.length());
        values.add(
            missing != null
                ? new XptValue(v, null, null, missing)
                : new XptValue(v, null, IbmFloat.toDouble(raw, v.position(), v.length()), null));
      } else {
        values.add(new XptValue(v, text(raw, v.position(), v.length()), null, null));
      }
    }
    return new Observation(observationsInDataset, dataset, values, false, length);
  }

  /**
   * One observation.
   *
   * @param number 1-based observation number within its dataset
   * @param dataset the dataset
   * @param values one value per variable, in storage order (empty when truncated)
   * @param truncated true when the file ends inside this observation
   * @param bytesPresent how many of its bytes the file holds
   */
  public record Observation(
      long number,
      XptDataset dataset,
      List<XptValue> values,
      boolean truncated,
      int bytesPresent) {}

  /**
   * True when only padding is left in the current dataset: blanks up to the next 80-byte boundary,
   * followed by the end of the file or by the next member header.
   */
  private boolean atEndOfData() throws IOException {
    int toBoundary = (int) ((RECORD - offset % RECORD) % RECORD);
    fill(toBoundary + RECORD);
    int available = end - start;
    int blanks = 0;
    while (blanks < Math.min(toBoundary, available) && buffer[start + blanks] == ' ') {
      blanks++;
    }
    if (blanks < toBoundary && blanks < available) {
      return false;
    }
    if (available <= toBoundary) {
      return true;
    }
    int headerAt = start + toBoundary;
    return available - toBoundary >= MEMBER_HEADER.length()
        && ascii(buffer, headerAt, MEMBER_HEADER.length()).equals(MEMBER_HEADER);
  }

  /** Consumes the blanks up to the next 80-byte boundary (or the end of the file). */
  private void skipPadding() throws IOException {
    take((int) ((RECORD - offset % RECORD) % RECORD));
  }

  private byte[] take(int n) throws IOException {
    fill(n);
    int k = Math.min(n, end - start);
    byte[] out = Arrays.copyOfRange(buffer, start, start + k);
    consume(k);
    return out;
  }

  private byte[] takeExactly(int n, String what) throws IOException, XportFormatException {
    byte[] out = take(n);
    if (out.length < n) {
      throw new XportFormatException("the file is truncated inside the " + what);
    }
    return out;
  }

  private void consume(int n) {
    start += n;
    offset += n;
  }

  /**
   * Ensures {@code n} bytes are buffered unless the stream ends first; false when none are left.
   */
  private boolean fill(int n) throws IOException {
    if (end - start < n && !eof) {
      if (buffer.length < n) {
        buffer = Arrays.copyOf(buffer, Math.max(n, buffer.length * 2));
      }
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (buffer.length - start < n) {
        buffer = Arrays.copyOf(buffer, start + n);
      }
      while (end - start < n) {
        int r = in.read(buffer, end, buffer.length - end);
        if (r < 0) {
          eof = true;
          break;
        }
        end += r;
      }
    }
    return end > start;
  }

  private static int u16(byte[] b, int o) {
    return ((b[o] & 0xFF) << 8) | (b[o + 1] & 0xFF);
  }

  private static long u32(byte[] b, int o) {
    return ((long) (b[o] & 0xFF) << 24)
        | ((b[o + 1] & 0xFF) << 16)
        | ((b[o + 2] & 0xFF) << 8)
        | (b[o + 3] & 0xFF);
  }

  private static int parseInt(String digits, String what) throws XportFormatException {
    try {
      return Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      throw new XportFormatException("the " + what + " is not a number: '" + digits + "'");
    }
  }

  static String ascii(byte[] b, int o, int n) {
    return new String(b, o, Math.max(0, Math.min(n, b.length - o)), StandardCharsets.ISO_8859_1);
  }

  /** Text as UTF-8 when valid, else ISO-8859-1; trailing blanks and NULs removed. */
  static String text(byte[] b, int o, int n) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, o, n))
              .toString();
      return stripTrailing(s);
    } catch (CharacterCodingException e) {
      return stripTrailing(new String(b, o, n, StandardCharsets.ISO_8859_1));
    }
  }

  private static String stripTrailing(String s) {
    int e = s.length();
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\0')) {
      e--;
    }
    return s.substring(0, e);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
