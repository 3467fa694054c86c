package org.infusionoutcomes.ingest.scale;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.LoincCodes;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.RedcapFields;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.SafetyFlag;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.ScaleCodes;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.ScaleItem;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.SdtmCodes;
import org.infusionoutcomes.ingest.scale.ScaleDefinition.SeverityBand;

/**
 * Reads and validates one scale definition file. Every inconsistency (item numbering, ranges that
 * do not add up, code lists of the wrong length, thresholds outside the total range) is a {@link
 * DefinitionException} naming the file and the field.
 */
public final class ScaleDefinitionReader {
  private static final Set<String> TOP_KEYS =
      Set.of(
          "id",
          "version",
          "name",
          "aliases",
          "rater",
          "recall",
          "items",
          "item_min",
          "item_max",
          "total_min",
          "total_max",
          "max_missing_items",
          "total_groups",
          "defaults",
          "severity_bands",
          "safety_flag",
          "codes",
          "outcome");

  private ScaleDefinitionReader() {}

  /** Parses and validates the definition in {@code in}; {@code file} names it in errors. */
  public static ScaleDefinition read(String file, InputStream in) {
    FieldReader r = FieldReader.parse(file, in).rejectUnknownKeys(TOP_KEYS);
    String id = r.requiredText("id");
    if (!id.equals(ScaleRegistry.normalise(id))) {
      throw r.error(
          "id",
          "must be upper-case letters and digits only (for example PHQ9), found '" + id + "'");
    }
    String version = r.requiredText("version");
    String name = r.requiredText("name");
    List<String> aliases = r.textList("aliases");
    String rater = r.optionalChoice("rater", List.of("clinician", "patient", "both"), "patient");
    String recall = r.optionalText("recall").orElse("");
    int itemMin = r.requiredInt("item_min", 0, 1000);
    int itemMax = r.requiredInt("item_max", itemMin + 1, 1000);

    List<ScaleItem> items = new ArrayList<>();
    List<FieldReader> itemNodes = r.objects("items");
    if (itemNodes.isEmpty()) {
      throw r.error("items", "must list at least one item");
    }
    for (int i = 0; i < itemNodes.size(); i++) {
      FieldReader it = itemNodes.get(i).rejectUnknownKeys(Set.of("number", "label", "min", "max"));
      int number = it.requiredInt("number", 1, 1000);
      if (number != i + 1) {
        throw it.error(
            "number",
            "items must be numbered 1..N in order; expected " + (i + 1) + ", found " + number);
      }
      // An item's own range narrows the scale's item_min..item_max (HAM-D17: 0..4 and 0..2).
      int min = it.optionalInt("min", itemMin, itemMax - 1, itemMin);
      int max = it.optionalInt("max", min + 1, itemMax, itemMax);
      items.add(new ScaleItem(number, it.requiredText("label"), min, max));
    }
    int n = items.size();

    List<List<Integer>> groups = r.intLists("total_groups", 1, n);
    if (groups.isEmpty()) {
      groups = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        groups.add(List.of(i));
      }
    } else {
      Set<Integer> seen = new HashSet<>();
      for (List<Integer> g : groups) {
        if (g.isEmpty()) {
          throw r.error("total_groups", "a group must name at least one item");
        }
        for (int item : g) {
          if (!seen.add(item)) {
            throw r.error("total_groups", "item " + item + " is in more than one group");
          }
        }
      }
      if (seen.size() != n) {
        throw r.error(
            "total_groups", "must place each of the " + n + " items in exactly one group");
      }
    }
    boolean plainSum = groups.stream().allMatch(g -> g.size() == 1);

    double totalMin = r.requiredDouble("total_min", 0, 100000);
    double totalMax = r.requiredDouble("total_max", totalMin, 100000);
    // A group scores its largest item, so its range runs from the largest item minimum to the
    // largest item maximum; the total range is the sum over groups.
    double impliedMin = 0;
    double impliedMax = 0;
    for (List<Integer> g : groups) {
      impliedMin += g.stream().mapToInt(item -> items.get(item - 1).min()).max().orElseThrow();
      impliedMax += g.stream().mapToInt(item -> items.get(item - 1).max()).max().orElseThrow();
    }
    if (totalMin != impliedMin || totalMax != impliedMax) {
      boolean uniform = items.stream().allMatch(it -> it.min() == itemMin && it.max() == itemMax);
      throw r.error(
          totalMin != impliedMin ? "total_min" : "total_max",
          "the total range must be what the items add up to: "
              + (long) impliedMin
              + ".."
              + (long) impliedMax
              + " for "
              + groups.size()
              + " scored groups of "
              + (uniform ? itemMin + ".." + itemMax : "the items' own ranges"));
    }
    int maxMissing = r.requiredInt("max_missing_items", 0, n - 1);
    if (!plainSum && maxMissing != 0) {
      throw r.error(
          "max_missing_items",
          "must be 0 when total_groups combine items: proration is defined for plain sums only");
    }

    FieldReader d =
        r.object("defaults")
            .rejectUnknownKeys(Set.of("response_fraction", "remission_max", "relapse_threshold"));
    double responseFraction = d.requiredDouble("response_fraction", 0.01, 1.0);
    double remissionMax = d.requiredDouble("remission_max", totalMin, totalMax);
    double relapseThreshold = d.requiredDouble("relapse_threshold", totalMin, totalMax);

    List<SeverityBand> bands = new ArrayList<>();
    double previousMax = Double.NEGATIVE_INFINITY;
    for (FieldReader b : r.objects("severity_bands")) {
      b.rejectUnknownKeys(Set.of("label", "min", "max"));
      double min = b.requiredDouble("min", totalMin, totalMax);
      double max = b.requiredDouble("max", min, totalMax);
      if (min <= previousMax) {
        throw b.error("min", "severity bands must be in ascending order without overlap");
      }
      previousMax = max;
      bands.add(new SeverityBand(b.requiredText("label"), min, max));
    }

    SafetyFlag safety = null;
    if (r.has("safety_flag")) {
      FieldReader f =
          r.object("safety_flag").rejectUnknownKeys(Set.of("name", "item", "min_value"));
      int flagItem = f.requiredInt("item", 1, n);
      ScaleItem flagged = items.get(flagItem - 1);
      safety =
          new SafetyFlag(
              f.requiredText("name"),
              flagItem,
              f.requiredInt("min_value", flagged.min(), flagged.max()));
    }

    FieldReader c =
        r.object("codes")
            .rejectUnknownKeys(Set.of("sdtm", "loinc", "redcap", "questionnaire_link_ids"));
    FieldReader s =
        c.object("sdtm")
            .rejectUnknownKeys(Set.of("categories", "item_codes", "total_code", "ignored_codes"));
    SdtmCodes sdtm =
        new SdtmCodes(
            s.textList("categories"),
            sized(s, "item_codes", n),
            s.optionalText("total_code").orElse(null),
            s.textList("ignored_codes"));
    FieldReader l =
        c.object("loinc")
            .rejectUnknownKeys(
                Set.of("panel", "item_codes", "total_code", "answer_values", "ignored_codes"));
    LoincCodes loinc =
        new LoincCodes(
            l.optionalText("panel").orElse(null),
            sized(l, "item_codes", n),
            l.optionalText("total_code").orElse(null),
            l.intMap("answer_values", itemMin, itemMax),
            l.textList("ignored_codes"));
    FieldReader rc =
        c.object("redcap").rejectUnknownKeys(Set.of("item_fields", "total_field", "date_field"));
    RedcapFields redcap =
        new RedcapFields(
            sized(rc, "item_fields", n),
            rc.optionalText("total_field").orElse(null),
            rc.optionalText("date_field").orElse(null));
    List<String> linkIds = sized(c, "questionnaire_link_ids", n);

    return new ScaleDefinition(
        id,
        version,
        name,
        aliases,
        rater,
        recall,
        items,
        itemMin,
        itemMax,
        totalMin,
        totalMax,
        maxMissing,
        groups,
        responseFraction,
        remissionMax,
        relapseThreshold,
        bands,
        safety,
        new ScaleCodes(sdtm, loinc, redcap, linkIds),
        r.optionalBoolean("outcome", true));
  }

  private static List<String> sized(FieldReader r, String key, int n) {
    List<String> codes = r.textList(key);
    if (!codes.isEmpty() && codes.size() != n) {
      throw r.error(key, "must list one code per item (" + n + "), found " + codes.size());
    }
    return codes;
  }
}
