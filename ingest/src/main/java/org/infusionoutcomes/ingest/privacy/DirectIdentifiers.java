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

  /** The person-name pattern: the only one whose bare word ("name") is also used for things. */
  private static final Pattern PERSON_NAME = PATTERNS.get(0);

  /** Words before "name" that make it the name of a thing, not of a person. */
  private static final java.util.Set<String> THING_QUALIFIERS =
      java.util.Set.of(
          "site",
          "visit",
          "drug",
          "event",
          "study",
          "scale",
          "item",
          "test",
          "instrument",
          "form",
          "field",
          "file",
          "arm",
          "product",
          "device",
          "unit",
          "variable",
          "domain",
          "dataset",
          "group",
          "center",
          "centre",
          "clinic",
          "sponsor",
          "protocol",
          "treatment",
          "medication",
          "med",
          "question",
          "category",
          "code",
          "label",
          "column",
          "display",
          "short",
          "long");

  /** Words that mark a column as a pseudonym of an identifier. */
  private static final java.util.Set<String> PSEUDONYM_WORDS =
      java.util.Set.of("hash", "hashed", "pseudonym", "pseudo", "token", "sha256");

  /** Words that identify a person wherever they appear inside a run-together column name. */
  private static final List<String> UNAMBIGUOUS =
      List.of(
          "email",
          "dateofbirth",
          "birthdate",
          "birthday",
          "telephone",
          "phonenumber",
          "socialsecurity",
          "medicalrecord",
          "firstname",
          "lastname",
          "surname",
          "forename",
          "fullname",
          "patientname",
          "givenname",
          "familyname",
          "streetaddress");

  /**
   * True when the column name stands for a direct identifier: the whole name, any run of its words
   * ({@code pt_first_name}, {@code PatientName_v2}, {@code subject_dob}, {@code ssn_last4}), or an
   * unambiguous word inside a run-together name ({@code PATIENTFIRSTNAME}). A bare "name" after a
   * word for a thing ({@code site_name}, {@code redcap_event_name}) is not a person's name.
   */
  public static boolean isIdentifier(String column) {
    String n = normalise(column);
    if (n.isEmpty()) {
      return false;
    }
    // A pseudonym derived from an identifier (mrn_hash) is the study's subject key, not the
    // identifier itself; it is kept allowed as before.
    if (words(column).stream().anyMatch(PSEUDONYM_WORDS::contains)) {
      return false;
    }
    if (PATTERNS.stream().anyMatch(p -> p.matcher(n).matches())
        || UNAMBIGUOUS.stream().anyMatch(n::contains)) {
      return !isThingName(words(column));
    }
    List<String> words = words(column);
    for (int i = 0; i < words.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.size(); j++) {
        run.append(words.get(j));
        String r = run.toString();
        for (Pattern p : PATTERNS) {
          if (p.matcher(r).matches()
              && !(p == PERSON_NAME
                  && i > 0
                  && i == j
                  && THING_QUALIFIERS.contains(words.get(i - 1)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code site_name}-like: exactly a thing word followed by "name". */
  private static boolean isThingName(List<String> words) {
    return words.size() >= 2
        && words.get(words.size() - 1).equals("name")
        && THING_QUALIFIERS.contains(words.get(words.size() - 2));
  }

  /**
   * The words of a column name in lower case: split at punctuation, at lower-to-upper case changes
   * and between letters and digits ({@code PatientName_v2} -> patient, name, v, 2).
   */
  static List<String> words(String column) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = 0;
    for (char c : column.toCharArray()) {
      boolean boundary =
          !Character.isLetterOrDigit(c)
              || (Character.isUpperCase(c) && Character.isLowerCase(prev))
              || (Character.isDigit(c) != Character.isDigit(prev) && prev != 0);
      if (boundary && w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      }
      prev = Character.isLetterOrDigit(c) ? c : 0;
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
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
