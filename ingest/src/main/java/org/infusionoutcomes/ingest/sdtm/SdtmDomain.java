package org.infusionoutcomes.ingest.sdtm;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The SDTM domains the pipeline reads (docs/formats.md) and the variables each one requires. Other
 * domains (LB, MH ...) are recognised as SDTM but not read.
 */
public enum SdtmDomain {
  /** Questionnaires: scale items and totals. */
  QS(List.of("STUDYID", "USUBJID", "QSTESTCD", "QSSTRESN"), List.of("QSDTC", "QSDY")),
  /** Disease response and clinical classification: MADRS lives here in CDISC terminology. */
  RS(List.of("STUDYID", "USUBJID", "RSTESTCD", "RSSTRESN"), List.of("RSDTC", "RSDY")),
  /** Exposure: the infusions. */
  EX(List.of("STUDYID", "USUBJID"), List.of("EXSTDTC", "EXSTDY")),
  /** Demographics. */
  DM(List.of("STUDYID", "USUBJID"), List.of()),
  /** Vital signs. */
  VS(List.of("STUDYID", "USUBJID", "VSTESTCD"), List.of("VSDTC", "VSDY")),
  /** Adverse events; an event with an unknown onset is kept, so no time variable is required. */
  AE(List.of("STUDYID", "USUBJID", "AETERM"), List.of("AESTDTC", "AESTDY")),
  /**
   * Concomitant and prior medications; a record with an unknown start is kept, but the dataset
   * needs a start variable.
   */
  CM(List.of("STUDYID", "USUBJID", "CMTRT"), List.of("CMSTDTC", "CMSTDY"));

  private final List<String> required;
  private final List<String> timeVariables;

  SdtmDomain(List<String> required, List<String> timeVariables) {
    this.required = required;
    this.timeVariables = timeVariables;
  }

  /** Variables that must be present. */
  public List<String> required() {
    return required;
  }

  /** Variables of which at least one must be present (empty: none needed). */
  public List<String> timeVariables() {
    return timeVariables;
  }

  /** The domain with this code ({@code qs}, {@code QS}), if the pipeline reads it. */
  public static Optional<SdtmDomain> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The domain a dataset holds, judged from its variable names: {@code QSTESTCD} means QS, and so
   * on; DM is recognised by {@code RFSTDTC}, {@code ARM}, {@code SEX} or {@code AGE}.
   */
  public static Optional<String> fromVariables(Collection<String> variables) {
    Predicate<String> has = v -> variables.stream().anyMatch(x -> x.equalsIgnoreCase(v));
    for (String code : List.of("QS", "RS", "EX", "VS", "CM")) {
      if (has.test(code + "TESTCD") || has.test(code + "TRT") || has.test(code + "STDTC")) {
        return Optional.of(code);
      }
    }
    if (has.test("AETERM")) {
      return Optional.of("AE");
    }
    if (has.test("RFSTDTC") || has.test("ARM") || (has.test("SEX") && has.test("AGE"))) {
      return Optional.of("DM");
    }
    // Any other domain: its --SEQ variable names it (AESEQ -> AE).
    return variables.stream()
        .map(v -> v.toUpperCase(Locale.ROOT))
        .filter(v -> v.length() == 5 && v.endsWith("SEQ"))
        .map(v -> v.substring(0, 2))
        .findFirst();
  }

  /**
   * Why a dataset with these variables cannot be read as SDTM: a domain the pipeline does not read,
   * or no variable that places records in time. Empty when it can be read (required variables are
   * checked by the reader, which names the missing one).
   *
   * @param variables the dataset's variable names
   * @param what how the message names the dataset ({@code the file}, {@code dataset QS})
   */
  public static Optional<String> unreadable(Collection<String> variables, String what) {
    Optional<SdtmDomain> domain = fromVariables(variables).flatMap(SdtmDomain::of);
    if (domain.isEmpty()) {
      return Optional.of(
          "SDTM domain "
              + fromVariables(variables).orElse("unknown")
              + " is not one the pipeline reads (QS, RS, EX, DM, VS, AE, CM); "
              + what
              + " is not read");
    }
    List<String> time = domain.get().timeVariables();
    boolean placed =
        time.isEmpty()
            || time.stream().anyMatch(t -> variables.stream().anyMatch(v -> v.equalsIgnoreCase(t)));
    return placed
        ? Optional.empty()
        : Optional.of(
            what
                + " needs "
                + String.join(" or ", time)
                + " to place records in time; "
                + what
                + " is not read");
  }
}
