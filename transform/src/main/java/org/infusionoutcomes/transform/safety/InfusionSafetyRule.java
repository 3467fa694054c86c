package org.infusionoutcomes.transform.safety;

import java.util.Comparator;
import java.util.List;
import org.infusionoutcomes.transform.settings.SafetySettings;

/**
 * Pre, peak, change, exceedance and recovery of one test around one infusion (docs/definitions.md,
 * "Per infusion"), from its placed readings.
 */
public final class InfusionSafetyRule {
  /** The test id of CADSS totals in the safety tables. */
  public static final String CADSS = "CADSS";

  private final SafetySettings settings;

  public InfusionSafetyRule(SafetySettings settings) {
    this.settings = settings;
  }

  /**
   * The row of one infusion x test.
   *
   * @param readings placed readings of this test on this infusion (any order, at least one)
   */
  public InfusionSafety derive(SafetyInfusion infusion, String test, List<SafetyReading> readings) {
    Comparator<SafetyReading> source =
        Comparator.comparing(SafetyReading::sourceFile)
            .thenComparingLong(SafetyReading::sourceLine);
    SafetyReading pre =
        readings.stream()
            .filter(r -> r.minutesFromStart() <= 0)
            .min(
                Comparator.comparing((SafetyReading r) -> -r.minutesFromStart())
                    .thenComparing(source))
            .orElse(null);
    List<SafetyReading> post =
        readings.stream()
            .filter(
                r -> r.minutesFromStart() > 0 && r.minutesFromStart() <= settings.windowMinutes())
            .toList();
    boolean low = SafetySettings.LOW_IS_WORSE.equals(test);
    SafetyReading peak =
        post.stream()
            .min(
                Comparator.comparingDouble((SafetyReading r) -> low ? r.value() : -r.value())
                    .thenComparingInt(SafetyReading::minutesFromStart)
                    .thenComparing(source))
            .orElse(null);
    Double change = pre != null && peak != null ? peak.value() - pre.value() : null;
    Boolean exceeded = null;
    Double threshold = CADSS.equals(test) ? null : settings.threshold(test);
    Double rise = CADSS.equals(test) ? null : settings.riseOf(test);
    if (peak != null && (threshold != null || rise != null)) {
      boolean overThreshold =
          threshold != null && (low ? peak.value() <= threshold : peak.value() >= threshold);
      boolean overRise = rise != null && change != null && change >= rise;
      exceeded = overThreshold || overRise;
    }
    Boolean backToPre = null;
    Double margin = CADSS.equals(test) ? null : settings.marginOf(test);
    if (pre != null && margin != null && !post.isEmpty()) {
      SafetyReading last =
          post.stream()
              .max(Comparator.comparingInt(SafetyReading::minutesFromStart).thenComparing(source))
              .orElseThrow();
      backToPre = last.value() <= pre.value() + margin;
    }
    SafetyReading anchor = peak != null ? peak : pre != null ? pre : readings.get(0);
    return new InfusionSafety(
        infusion.studyId(),
        infusion.siteId(),
        infusion.subjectId(),
        infusion.courseNumber(),
        infusion.infusionNumber(),
        infusion.day(),
        infusion.time(),
        test,
        pre == null ? null : pre.value(),
        pre == null ? null : pre.minutesFromStart(),
        peak == null ? null : peak.value(),
        peak == null ? null : peak.minutesFromStart(),
        change,
        post.size(),
        exceeded,
        backToPre,
        anchor.sourceFile(),
        anchor.sourceLine());
  }
}
