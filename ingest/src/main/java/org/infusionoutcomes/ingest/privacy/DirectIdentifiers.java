package org.infusionoutcomes.ingest.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises columns that hold direct identifiers (names, e-mail, phone, street address, full date
 * of birth, medical record or social security numbers). Inputs must be de-identified: a file with
 * such a column is refused before any of its records is read, so no identifier is copied into the
 * outputs. Names are compared in lower case with punctuation removed ({@code Name_First} -> {@code
 * namefirst}).
 */
public final class DirectIdentifiers {
  private static final List<Pattern> PATTERNS =
      List.of(
          // person names: name, first_name, name_last, patient_name, given_name ...
          Pattern.compile(
              "(first|last|given|family|full|middle|patient|participant|maiden|sur)?name(first|last|full|middle|given|family)?"),
          Pattern.compile("(first|last|given|family)nm|surname|forename"),
          Pattern.compile("e?mail(address)?|emailaddr"),
          Pattern.compile(
              "(tele)?phone(number|no|num)?|telephone|mobile(phone|number)?|cellphone|fax(number)?"),
          Pattern.compile("(street|home|postal|mailing)?address(line)?\\d*|street(name|address)?"),
          Pattern.compile("dob|dateofbirth|birthdate|birthday|birthdt"),
          Pattern.compile("mrn|medicalrecord(number|no|num)?|patientmrn|hospitalnumber|nhsnumber"),
          Pattern.compile(
              "ssn|socialsecurity(number|no|num)?|nationalid(number)?|insurancenumber"));

  private DirectIdentifiers() {}

  /** Lower case letters and digits only. */
  static String normalise(String column) {
    StringBuilder sb = new StringBuilder(column.length());
    for (char c : column.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** True when the column name stands for a direct identifier. */
  public static boolean isIdentifier(String column) {
    String n = normalise(column);
    return !n.isEmpty() && PATTERNS.stream().anyMatch(p -> p.matcher(n).matches());
  }

  /** The first identifier column among {@code columns}, with its 0-based position. */
  public static Optional<Integer> firstIdentifier(List<String> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (isIdentifier(columns.get(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * True for a full date of birth ({@code YYYY-MM-DD...}); SDTM {@code BRTHDTC} is allowed when it
   * is reduced to a year or year-month.
   */
  public static boolean isFullDate(String value) {
    return value != null && value.trim().matches("\\d{4}-\\d{2}-\\d{2}.*");
  }
}
