package org.infusionoutcomes.transform.safety;

import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.Assessment;

/**
 * The suicidality item of the depression scales per ITT course (docs/definitions.md, "Suicidality
 * items"): MADRS item 10 (0-6) and PHQ-9 item 9 (0-3), at baseline, worst in course and at the OC
 * endpoint, with shift categories and the worsened, emergent and resolved flags.
 */
public final class SuicidalityRule {
  /** Item number (1-based) of the suicidality item per scale. */
  public static final Map<String, Integer> ITEM = Map.of("MADRS", 10, "PHQ9", 9);

  private final Map<String, Double> worsening;

  public SuicidalityRule(Map<String, Double> worsening) {
    this.worsening = Map.copyOf(worsening);
  }

  /** The item of an assessment, or null when the scale has none or it was not answered. */
  public static Integer item(Assessment a) {
    Integer n = ITEM.get(a.scale());
    if (n == null || a.items().size() < n) {
      return null;
    }
    return a.items().get(n - 1);
  }

  /** The shift category of an item value of a scale, or null for null. */
  public static String category(String scale, Integer value) {
    if (value == null) {
      return null;
    }
    if ("MADRS".equals(scale)) {
      return value <= 1 ? "0-1" : value <= 3 ? "2-3" : "4-6";
    }
    return Integer.toString(value);
  }

  /**
   * The row of one course x scale.
   *
   * @param baseline the baseline assessment
   * @param inCourse post-baseline assessments of the in-course period (treatment and endpoint
   *     window)
   * @param oc the OC endpoint assessment, or null
   */
  public CourseSuicidality derive(
      String studyId,
      String siteId,
      String subjectId,
      int courseNumber,
      String scale,
      Assessment baseline,
      List<Assessment> inCourse,
      Assessment oc) {
    Integer base = baseline == null ? null : item(baseline);
    Integer worst = null;
    for (Assessment a : inCourse) {
      Integer v = item(a);
      if (v != null && (worst == null || v > worst)) {
        worst = v;
      }
    }
    Integer ocItem = oc == null ? null : item(oc);
    Boolean worsened = null;
    Boolean emergent = null;
    if (base != null && worst != null) {
      worsened = worst - base >= worsening.getOrDefault(scale, 1.0);
      if (base == 0) {
        emergent = worst > 0;
      }
    }
    Boolean resolved = base != null && base > 0 && ocItem != null ? ocItem == 0 : null;
    return new CourseSuicidality(
        studyId,
        siteId,
        subjectId,
        courseNumber,
        scale,
        base,
        worst,
        ocItem,
        category(scale, base),
        category(scale, worst),
        worsened,
        emergent,
        resolved);
  }
}
