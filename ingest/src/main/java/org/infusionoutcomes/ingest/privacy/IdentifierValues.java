package org.infusionoutcomes.ingest.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises direct identifiers written inside values: an e-mail address, a social security number
 * ({@code ddd-dd-dddd}), a telephone number, and a medical record number or date of birth that the
 * text itself labels ({@code MRN: 00482913}, {@code DOB 03/14/1961}). Inputs must be de-identified;
 * a record holding such a value is refused without its text, whatever column it is in.
 *
 * <p>The patterns are written so that the values of ordinary clinical exports do not match: dates
 * and ISO date-times ({@code 2024-03-05T10:00:00+01:00}), decimal numbers, LOINC codes ({@code
 * 44249-1}), UUIDs, MedDRA terms and codes, and study or subject ids such as {@code KETA-01-001}. A
 * telephone number needs the shape of one (3-3-4 digits with separators, optionally {@code +1} or
 * an area code in parentheses; or {@code +} and a country code with 8-15 digits in groups; or a
 * {@code tel}/{@code phone} label); a bare run of digits is never taken for one. Subject, study and
 * site ids of the record itself are exempt from the telephone shape only (numeric ids such as
 * {@code 101-001-0001} are common), not from the others.
 */
public final class IdentifierValues {
  private IdentifierValues() {}

  /** What kind of identifier a value holds. */
  public enum Kind {
    EMAIL("an e-mail address"),
    SSN("a social security number"),
    PHONE("a telephone number"),
    MRN("a medical record number"),
    BIRTH_DATE("a date of birth");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** A phrase for messages ("an e-mail address"). */
    public String description() {
      return description;
    }
  }

  /**
   * One identifier found in a text.
   *
   * @param kind what it is
   * @param start index of its first character
   * @param end index after its last character
   */
  public record Finding(Kind kind, int start, int end) {}

  /**
   * One pattern, with what any text it matches must hold: one of {@code cues} (lower case; none
   * means no cue is needed), at least {@code textDigits} ASCII digits, and the {@code shape} (a
   * hand-written test of a part every match contains). These only skip patterns that cannot match
   * (most values hold no {@code @}, no label, few digits, and dates and times have no telephone or
   * social security number shape); they never decide a match.
   */
  private record Rule(
      Kind kind,
      Pattern pattern,
      int minDigits,
      List<String> cues,
      int textDigits,
      Predicate<String> shape) {
    Rule(Kind kind, Pattern pattern, int minDigits) {
      this(kind, pattern, minDigits, List.of(), minDigits, t -> true);
    }

    Rule cues(int digits, String... needed) {
      return new Rule(kind, pattern, minDigits, List.of(needed), digits, shape);
    }

    Rule shape(Predicate<String> necessary) {
      return new Rule(kind, pattern, minDigits, cues, textDigits, necessary);
    }

    boolean mayMatch(String text, String lower, int digits) {
      return digits >= textDigits && (cues.isEmpty() || hasCue(lower)) && shape.test(text);
    }

    private boolean hasCue(String lower) {
      for (String cue : cues) {
        if (lower.contains(cue)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether {@code text} holds, somewhere, runs of exactly these many ASCII digits joined by one
   * character of {@code separators} each (e.g. 3, 2, 4 with {@code "-"}: {@code 123-45-6789}). The
   * runs may be part of longer runs of digits (the patterns decide what may border them).
   */
  static boolean hasDigitGroups(String text, String separators, int... lengths) {
    // Only where the first separator can be: after a run of lengths[0] digits.
    for (int sep = lengths[0]; sep < text.length(); sep++) {
      if (separators.indexOf(text.charAt(sep)) < 0) {
        continue;
      }
      int i = sep - lengths[0];
      boolean ok = true;
      for (int g = 0; g < lengths.length && ok; g++) {
        if (g > 0) {
          ok = i < text.length() && separators.indexOf(text.charAt(i++)) >= 0;
        }
        for (int k = 0; k < lengths[g] && ok; k++) {
          ok = i < text.length() && isDigit(text.charAt(i++));
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some {@code +} in {@code text} is followed by a run of digits, spaces, dots, dashes and
   * parentheses holding at least {@code digits} digits (what an international number is made of).
   */
  static boolean hasPlusRun(String text, int digits) {
    for (int plus = text.indexOf('+'); plus >= 0; plus = text.indexOf('+', plus + 1)) {
      int found = 0;
      for (int i = plus + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isDigit(c)) {
          found++;
        } else if (" .-()".indexOf(c) < 0) {
          break;
        }
      }
      if (found >= digits) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final String DATE =
      "(?:\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"
          + "|\\d{1,2}\\.? ?[A-Za-z]{3,9}\\.?,? \\d{4}"
          + "|[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4})";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
                  Kind.EMAIL,
                  Pattern.compile(
                      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])"),
                  0)
              .cues(0, "@"),
          // 123-45-6789 (not inside a longer id: no letter, digit or dash on either side).
          new Rule(Kind.SSN, Pattern.compile("(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])"), 0)
              .cues(9, "-")
              .shape(t -> hasDigitGroups(t, "-", 3, 2, 4)),
          new Rule(
                  Kind.SSN,
                  Pattern.compile(
                      "(?i)\\b(?:ssn|social security(?: number| no\\.?)?)\\b\\W{0,3}\\d{3}[ -]?\\d{2}[ -]?\\d{4}(?!\\d)"),
                  0)
              .cues(9, "ssn", "social security"),
          // North American: 555-123-4567, (555) 123-4567, 555.123.4567, +1 555 123 4567.
          new Rule(
                  Kind.PHONE,
                  Pattern.compile(
                      "(?<![\\w+/-])(?<!\\d\\.)(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])(?!\\.\\d)"),
                  10)
              .cues(10)
              .shape(t -> hasDigitGroups(t, " .-", 3, 4)),
          // International: +44 20 7946 0958, +49-30-1234567 (a + and 8 to 15 digits in groups).
          new Rule(
                  Kind.PHONE,
                  Pattern.compile(
                      "(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}(?![\\w-])(?!\\.\\d)"),
                  8)
              .cues(8, "+")
              .shape(t -> hasPlusRun(t, 8)),
          // Labelled: tel: 5551234567, phone 0171 234567.
          new Rule(
                  Kind.PHONE,
                  Pattern.compile(
                      "(?i)\\b(?:tel|telephone|phone|mobile|cell|fax)\\b\\.?:?\\s?\\+?\\(?\\d[\\d ().-]{5,}\\d"),
                  7)
              .cues(7, "tel", "phone", "mobile", "cell", "fax"),
          new Rule(
                  Kind.MRN,
                  Pattern.compile(
                      "(?i)\\b(?:mrn|medical record(?: number| no\\.?| #)?|hospital (?:number|no\\.?)|nhs (?:number|no\\.?))\\W{0,3}[A-Z]{0,3}\\d{4,}"),
                  0)
              .cues(4, "mrn", "medical record", "hospital", "nhs"),
          new Rule(
                  Kind.BIRTH_DATE,
                  Pattern.compile(
                      "(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on)?)\\W{0,3}"
                          + DATE),
                  0)
              .cues(3, "dob", "d.o.b", "birth", "born"));

  /**
   * The first identifier in {@code text}, if any.
   *
   * @param ownIds the record's own subject, study and site ids (exempt from the telephone shape)
   */
  public static Optional<Finding> find(String text, Collection<String> ownIds) {
    return find(text, ownIds, true);
  }

  /**
   * {@link #find(String, Collection)}, with the tests that skip a pattern ({@code shortcuts}) or
   * without them: every pattern run on the text (to prove the tests never change a result).
   */
  static Optional<Finding> find(String text, Collection<String> ownIds, boolean shortcuts) {
    if (text == null || text.length() < 6) {
      return Optional.empty();
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Finding first = null;
    for (Rule rule : RULES) {
      if (shortcuts && !rule.mayMatch(text, lower, digits)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (first != null && m.start() >= first.start()) {
          break;
        }
        if (accept(rule, m.group(), ownIds)) {
          first = new Finding(rule.kind(), m.start(), m.end());
          break;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /** Whether {@code text} holds an identifier. */
  public static boolean contains(String text, Collection<String> ownIds) {
    return find(text, ownIds).isPresent();
  }

  /** {@code text} with every identifier replaced by {@code [withheld]}. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    Optional<Finding> f;
    int guard = 0;
    while ((f = find(out, List.of())).isPresent() && guard++ < 1000) {
      out = out.substring(0, f.get().start()) + "[withheld]" + out.substring(f.get().end());
    }
    return out;
  }

  private static boolean accept(Rule rule, String match, Collection<String> ownIds) {
    if (rule.minDigits() > 0) {
      long digits = match.chars().filter(Character::isDigit).count();
      if (digits < rule.minDigits() || digits > 15) {
        return false;
      }
    }
    if (rule.kind() == Kind.PHONE) {
      for (String id : ownIds) {
        if (id != null && id.contains(match.trim())) {
          return false;
        }
      }
    }
    return true;
  }
}
