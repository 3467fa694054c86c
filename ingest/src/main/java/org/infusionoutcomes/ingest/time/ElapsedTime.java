package org.infusionoutcomes.ingest.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.value.Numbers;

/**
 * Minutes since the start of the day's infusion: SDTM {@code --ELTM} ISO 8601 durations ({@code
 * PT40M}, {@code -PT15M}, {@code PT1H30M}, {@code P0DT2H}) and plain whole minutes (generic {@code
 * minutes_from_start}, REDCap {@code vitals_minutes}).
 */
public final class ElapsedTime {
  private static final Pattern DURATION =
      Pattern.compile(
          "([-+]?)P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?",
          Pattern.CASE_INSENSITIVE);

  private ElapsedTime() {}

  /**
   * Parses an ISO 8601 duration to whole minutes (seconds are rounded to the nearest minute); null
   * for an empty value.
   *
   * @throws FieldProblem {@code invalid_duration}
   */
  public static Integer parseDuration(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = DURATION.matcher(v);
    if (!m.matches()
        || (m.group(2) == null && m.group(3) == null && m.group(4) == null && m.group(5) == null)
        || v.toUpperCase(java.util.Locale.ROOT).endsWith("T")) {
      throw invalid(v, column, "an ISO 8601 duration such as PT40M, -PT15M or PT1H30M");
    }
    long minutes = 0;
    minutes += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 24 * 60;
    minutes += m.group(3) == null ? 0 : Long.parseLong(m.group(3)) * 60;
    minutes += m.group(4) == null ? 0 : Long.parseLong(m.group(4));
    if (m.group(5) != null) {
      minutes += Math.round(Double.parseDouble(m.group(5).replace(',', '.')) / 60.0);
    }
    if (minutes > 7 * 24 * 60) {
      throw invalid(v, column, "a duration within one week of the infusion start");
    }
    return "-".equals(m.group(1)) ? -(int) minutes : (int) minutes;
  }

  /**
   * Parses whole minutes ({@code 40}, {@code -15}, {@code 40.0}); an ISO 8601 duration is accepted
   * too. Null for an empty value.
   *
   * @throws FieldProblem {@code invalid_duration}
   */
  public static Integer parseMinutes(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.toUpperCase(java.util.Locale.ROOT).contains("P")) {
      return parseDuration(v, column);
    }
    Integer minutes = Numbers.parse(v);
    if (minutes == null || Math.abs(minutes) > 7 * 24 * 60) {
      throw invalid(v, column, "whole minutes since the infusion start (negative = before)");
    }
    return minutes;
  }

  private static FieldProblem invalid(String v, String column, String expected) {
    return new FieldProblem(RejectRule.INVALID_DURATION, column, "'" + v + "' is not " + expected);
  }

  /**
   * Whole minutes as an ISO 8601 duration: 40 -> {@code PT40M}, -15 -> {@code -PT15M}, 90 -> {@code
   * PT1H30M}.
   */
  public static String formatDuration(int minutes) {
    int m = Math.abs(minutes);
    StringBuilder sb = new StringBuilder(minutes < 0 ? "-PT" : "PT");
    if (m >= 60) {
      sb.append(m / 60).append('H');
    }
    if (m % 60 != 0 || m == 0) {
      sb.append(m % 60).append('M');
    }
    return sb.toString();
  }
}
