package org.infusionoutcomes.analysis.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.RelapseRule;

/**
 * The definitions printed next to the numbers, built from the same {@link OutcomeCriteria} texts
 * the derived rows carry, so a report can never describe a rule other than the one applied.
 */
public final class DefinitionsText {
  private DefinitionsText() {}

  /**
   * The definitions for the scales in {@code scales} (those the report shows).
   *
   * @param config the derive settings the rows were derived under
   * @param kmConfType the Kaplan-Meier interval type of the analysis
   */
  public static Definitions of(
      DeriveSettings config, ConfType kmConfType, java.util.Collection<String> scales) {
    Map<String, String> remission = new LinkedHashMap<>();
    StringBuilder response = new StringBuilder();
    StringBuilder relapse = new StringBuilder();
    RelapseRule rule = config.relapseRule();
    for (String scale : new TreeSet<>(scales)) {
      OutcomeCriteria c = OutcomeCriteria.of(config, scale);
      remission.put(scale, c.remissionDefinition());
      response.append(response.length() == 0 ? "" : "; ").append(c.responseDefinition());
      relapse.append(relapse.length() == 0 ? "" : "; ").append(c.relapseDefinition(rule));
    }
    String retreatment =
        config.retreatmentIsRelapse()
            ? " The start of a next course before relapse counts as relapse (retreatment_is_relapse)."
            : " A next course before relapse censors durability at its first infusion day.";
    String intervals =
        "Rates: Wilson score 95% interval (R prop.test, correct = FALSE). Kaplan-Meier: Greenwood variance, "
            + kmConfType.id()
            + " 95% interval (R survfit conf.type = \""
            + kmConfType.id()
            + "\"); medians and quartiles by R's quantile.survfit rules; median follow-up by reverse Kaplan-Meier.";
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "OC",
        "Observed case: the first assessment 1 to "
            + config.endpointWindowDays()
            + " days after the last infusion of the course, before a next course; courses without one are not in the denominator.");
    endpoints.put(
        "LOCF",
        "Last observation carried forward: the OC endpoint, else the last post-baseline assessment up to "
            + config.endpointWindowDays()
            + " days after the last infusion; the baseline is never carried forward.");
    endpoints.put(
        "NRI",
        "Non-responder imputation: every ITT course; a course without an OC endpoint counts as non-responder and non-remitter.");
    endpoints.put(
        "ITT",
        "Courses with a baseline total above 0: the latest pre-infusion assessment within "
            + config.baselineWindowDays()
            + " days before the first infusion.");
    return new Definitions(
        response.toString(),
        remission,
        "Relapse (" + rule.label() + "): " + relapse + "." + retreatment,
        intervals,
        endpoints);
  }
}
