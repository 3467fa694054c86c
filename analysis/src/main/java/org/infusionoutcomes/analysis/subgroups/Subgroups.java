package org.infusionoutcomes.analysis.subgroups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.infusionoutcomes.analysis.rates.NewcombeInterval;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.RateDifference;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.SubgroupRow;

/**
 * Response and remission by the levels of one factor, compared with a reference level
 * (docs/statistics.md, "Subgroups"). Descriptive and unadjusted: no test, no model.
 */
public final class Subgroups {

  private Subgroups() {}

  /**
   * The reference level: the level with the most courses; of levels with equally many, the first in
   * text order. Null when no level has a course.
   */
  public static String referenceLevel(List<LevelCounts> levels) {
    return levels.stream()
        .filter(l -> l.n() > 0)
        .min(Comparator.comparingInt((LevelCounts l) -> -l.n()).thenComparing(LevelCounts::level))
        .map(LevelCounts::level)
        .orElse(null);
  }

  /**
   * One row per level with at least one course, in text order of the level; levels with n = 0 have
   * no row.
   */
  public static List<SubgroupRow> rows(
      String studyId,
      String scale,
      int courseNumber,
      String analysis,
      String factor,
      List<LevelCounts> levels) {
    String reference = referenceLevel(levels);
    if (reference == null) {
      return List.of();
    }
    Proportion referenceResponse =
        levels.stream()
            .filter(l -> l.level().equals(reference))
            .findFirst()
            .map(l -> WilsonInterval.of(l.responders(), l.n()))
            .orElseThrow();
    List<SubgroupRow> rows = new ArrayList<>();
    levels.stream()
        .filter(l -> l.n() > 0)
        .sorted(Comparator.comparing(LevelCounts::level))
        .forEach(
            l -> {
              Proportion response = WilsonInterval.of(l.responders(), l.n());
              Proportion remission = WilsonInterval.of(l.remitters(), l.n());
              RateDifference diff =
                  l.level().equals(reference)
                      ? new RateDifference(0.0, null, null)
                      : NewcombeInterval.of(response, referenceResponse);
              rows.add(
                  new SubgroupRow(
                      studyId,
                      scale,
                      courseNumber,
                      analysis,
                      factor,
                      l.level(),
                      l.n(),
                      l.responders(),
                      response.rate(),
                      response.low(),
                      response.high(),
                      l.remitters(),
                      remission.rate(),
                      remission.low(),
                      remission.high(),
                      reference,
                      diff.difference(),
                      diff.low(),
                      diff.high(),
                      List.of()));
            });
    return rows;
  }
}
