package org.infusionoutcomes.analysis.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The R-generated golden files of {@code analysis/src/test/r/make-golden.R}. Read from the
 * directory in system property {@code golden.dir} when set (CI regenerates them there with R), else
 * from the copies on the test classpath under {@code golden/}. The input {@code cases.csv} is taken
 * from {@code golden.dir} only if it holds one.
 */
public final class GoldenFiles {

  /** Every golden number must agree to this, absolutely, or relatively when larger than 1. */
  public static final double TOLERANCE = 1e-6;

  private GoldenFiles() {}

  /** The rows of one golden file, each a map from column name to the raw text ("" = NA). */
  public static List<Map<String, String>> read(String name) {
    String dir = System.getProperty("golden.dir");
    if (dir != null && !dir.isBlank()) {
      Path file = Path.of(dir, name);
      if (Files.exists(file) || !name.equals("cases.csv")) {
        try (InputStream in = Files.newInputStream(file)) {
          return parse(name, in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read golden file " + file, e);
        }
      }
    }
    try (InputStream in =
        GoldenFiles.class.getClassLoader().getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("golden/" + name + " is not on the test classpath");
      }
      return parse(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden/" + name, e);
    }
  }

  // The files are written by R with quote = FALSE and hold no commas inside fields.
  private static List<Map<String, String>> parse(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String[] header = reader.readLine().split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != header.length) {
        throw new IllegalStateException(
            name
                + " line "
                + lineNumber
                + ": "
                + cells.length
                + " fields, expected "
                + header.length);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** A golden number; null for R's NA / NaN (an empty field). */
  public static Double number(String text) {
    return switch (text) {
      case "" -> null;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** Asserts that both are null, or both are numbers within {@link #TOLERANCE}. */
  public static void assertClose(String what, Double expected, Double actual) {
    if (expected == null) {
      assertThat(actual).as("%s: R has NA", what).isNull();
      return;
    }
    assertThat(actual).as("%s: R has %s", what, expected).isNotNull();
    double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
    assertThat(Math.abs(expected - actual))
        .as("%s: R %s, Java %s", what, expected, actual)
        .isLessThanOrEqualTo(TOLERANCE * scale);
  }
}
