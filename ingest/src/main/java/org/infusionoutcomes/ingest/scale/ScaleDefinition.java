package org.infusionoutcomes.ingest.scale;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rating scale, as loaded from its data file under {@code scales/}. Scales are data, not code:
 * adding a scale means adding a definition file, never a class.
 *
 * @param id canonical scale id ({@code MADRS}, {@code PHQ9}); upper case, no punctuation
 * @param version version of this definition; carried by every derived row
 * @param name full name of the instrument
 * @param aliases other spellings accepted in inputs (matched case-insensitively, punctuation
 *     ignored)
 * @param rater who rates: {@code clinician}, {@code patient} or {@code both}
 * @param recall recall period as published
 * @param items the scored items, numbered 1..N in order
 * @param itemMin lowest value any item may take (each item may narrow it, see {@link ScaleItem})
 * @param itemMax highest value any item may take (each item may narrow it, see {@link ScaleItem})
 * @param totalMin lowest valid total
 * @param totalMax highest valid total
 * @param maxMissingItems how many items may be missing and the total still be prorated
 * @param totalGroups how the total is formed: the total is the sum over groups of the largest item
 *     value in each group; a plain sum scale has one group per item
 * @param responseFraction default fractional reduction from baseline that counts as response
 * @param remissionMax default highest total that counts as remission
 * @param relapseThreshold default lowest total that counts as relapse under the threshold rule
 * @param severityBands severity bands, in ascending order, covering the total range
 * @param safetyFlag an item whose positive answer is carried as a flag column, if any
 * @param outcome whether response, remission and durability are derived for the scale (false for a
 *     scale rated to monitor a side effect, such as the CADSS)
 * @param codes codes by which exports name this scale and its items
 */
public record ScaleDefinition(
    String id,
    String version,
    String name,
    List<String> aliases,
    String rater,
    String recall,
    List<ScaleItem> items,
    int itemMin,
    int itemMax,
    double totalMin,
    double totalMax,
    int maxMissingItems,
    List<List<Integer>> totalGroups,
    double responseFraction,
    double remissionMax,
    double relapseThreshold,
    List<SeverityBand> severityBands,
    SafetyFlag safetyFlag,
    ScaleCodes codes,
    boolean outcome)
    implements Serializable {

  public ScaleDefinition {
    aliases = List.copyOf(aliases);
    items = List.copyOf(items);
    totalGroups = totalGroups.stream().map(List::copyOf).toList();
    severityBands = List.copyOf(severityBands);
  }

  /** Number of scored items. */
  public int itemCount() {
    return items.size();
  }

  /** True when the total is the plain sum of the items (one group per item). */
  public boolean isPlainSum() {
    return totalGroups.stream().allMatch(g -> g.size() == 1);
  }

  /**
   * The severity band label of a total: the highest band whose lower bound the total reaches, as
   * band bounds are cut-offs (a prorated PHQ-9 total of 4.5 is still minimal, 0..4, not yet mild,
   * 5..9); empty below the first band or above the last.
   */
  public Optional<String> severityOf(double total) {
    SeverityBand reached = null;
    for (SeverityBand b : severityBands) {
      if (total >= b.min() - 1e-9) {
        reached = b;
      }
    }
    if (reached == null || total > severityBands.get(severityBands.size() - 1).max() + 1e-9) {
      return Optional.empty();
    }
    return Optional.of(reached.label());
  }

  /** Lowest valid value of item {@code number} (1..N). */
  public int itemMin(int number) {
    return items.get(number - 1).min();
  }

  /** Highest valid value of item {@code number} (1..N). */
  public int itemMax(int number) {
    return items.get(number - 1).max();
  }

  /**
   * One scored item with its own valid range: most scales share one range for every item, but some
   * do not (HAM-D17 items are 0..4 or 0..2), so the range is carried per item.
   */
  public record ScaleItem(int number, String label, int min, int max) implements Serializable {}

  /** A severity band {@code [min, max]} of the total. */
  public record SeverityBand(String label, double min, double max) implements Serializable {}

  /** An item whose value at or above {@code minValue} raises the flag {@code name}. */
  public record SafetyFlag(String name, int item, int minValue) implements Serializable {}

  /**
   * Codes by which exports name the scale.
   *
   * @param sdtm SDTM categories and test codes
   * @param loinc LOINC panel, item and total codes, and answer codes
   * @param redcap REDCap default field names
   * @param questionnaireLinkIds FHIR QuestionnaireResponse linkIds of items 1..N (empty when
   *     unknown)
   */
  public record ScaleCodes(
      SdtmCodes sdtm, LoincCodes loinc, RedcapFields redcap, List<String> questionnaireLinkIds)
      implements Serializable {
    public ScaleCodes {
      questionnaireLinkIds =
          questionnaireLinkIds == null ? List.of() : List.copyOf(questionnaireLinkIds);
    }
  }

  /**
   * SDTM naming: {@code categories} are QSCAT/RSCAT values, {@code itemCodes} the test codes of
   * items 1..N, {@code totalCode} the test code of the total, {@code ignoredCodes} test codes that
   * are not scored (for example {@code PHQ0110}, the difficulty item).
   */
  public record SdtmCodes(
      List<String> categories, List<String> itemCodes, String totalCode, List<String> ignoredCodes)
      implements Serializable {
    public SdtmCodes {
      categories = categories == null ? List.of() : List.copyOf(categories);
      itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
      ignoredCodes = ignoredCodes == null ? List.of() : List.copyOf(ignoredCodes);
    }
  }

  /**
   * LOINC naming: the panel code, the codes of items 1..N, the total code, LOINC answer codes
   * (LA...) with their numeric value, and codes of the scale that are not scored (for example
   * PHQ-9's difficulty question 69722-7).
   */
  public record LoincCodes(
      String panel,
      List<String> itemCodes,
      String totalCode,
      Map<String, Integer> answerValues,
      List<String> ignoredCodes)
      implements Serializable {
    public LoincCodes {
      itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
      answerValues = answerValues == null ? Map.of() : Map.copyOf(answerValues);
      ignoredCodes = ignoredCodes == null ? List.of() : List.copyOf(ignoredCodes);
    }

    /** Codes without unscored ones. */
    public LoincCodes(
        String panel, List<String> itemCodes, String totalCode, Map<String, Integer> answerValues) {
      this(panel, itemCodes, totalCode, answerValues, List.of());
    }
  }

  /** REDCap default field names of items 1..N, the total and the assessment date. */
  public record RedcapFields(List<String> itemFields, String totalField, String dateField)
      implements Serializable {
    public RedcapFields {
      itemFields = itemFields == null ? List.of() : List.copyOf(itemFields);
    }
  }
}
