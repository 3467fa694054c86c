package org.infusionoutcomes.transform.derive.factors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The benzodiazepine class: the generic names and diazepam-equivalent doses of the shipped data
 * file {@code benzodiazepines.csv} (sources cited in the file).
 */
public final class Benzodiazepines implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "benzodiazepines.csv";
  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

  /**
   * One benzodiazepine.
   *
   * @param genericName lower-case generic name
   * @param diazepam10mgLow lowest dose in mg equivalent to 10 mg diazepam, or null
   * @param diazepam10mgHigh highest dose in mg equivalent to 10 mg diazepam, or null
   * @param source the source keys of the file's header
   */
  public record Benzodiazepine(
      String genericName, Double diazepam10mgLow, Double diazepam10mgHigh, String source)
      implements Serializable {}

  private final Map<String, Benzodiazepine> byName;

  private Benzodiazepines(Map<String, Benzodiazepine> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The shipped class list. */
  public static Benzodiazepines shipped() {
    try (InputStream in = Benzodiazepines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the transform jar");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Benzodiazepines parse(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Benzodiazepine> byName = new LinkedHashMap<>();
    boolean header = true;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      String name = f[0].trim().toLowerCase(Locale.ROOT);
      byName.put(name, new Benzodiazepine(name, number(f[1]), number(f[2]), f[3].trim()));
    }
    return new Benzodiazepines(byName);
  }

  private static Double number(String text) {
    return text.isBlank() ? null : Double.valueOf(text.trim());
  }

  /** Number of drugs in the class. */
  public int size() {
    return byName.size();
  }

  /**
   * The benzodiazepine named by a medication record: the first non-blank of the standardised name
   * (CMDECOD), the reported name (CMTRT) or the generic {@code drug} column decides, and matches
   * when one of its words is a generic name of the class.
   */
  public Optional<Benzodiazepine> match(String decod, String reported, String drug) {
    String text = firstNonBlank(decod, reported, drug);
    if (text == null) {
      return Optional.empty();
    }
    for (String word : WORD.split(text.toLowerCase(Locale.ROOT))) {
      Benzodiazepine b = byName.get(word);
      if (b != null) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
