package org.infusionoutcomes.transform.derive.factors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date that may be partial, as SDTM allows ({@code 2024}, {@code 2024-03}, {@code
 * 2024-03-15}, optionally followed by a time), with the first and last calendar day it allows.
 *
 * @param first the earliest day the text allows
 * @param last the latest day the text allows
 */
public record PartialDate(LocalDate first, LocalDate last) {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  /** The date range of {@code text}; empty when it is blank or not an ISO 8601 date. */
  public static Optional<PartialDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return Optional.of(new PartialDate(month.atDay(1), month.atEndOfMonth()));
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return Optional.of(new PartialDate(day, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
