package org.infusionoutcomes.transform.derive.factors;

import java.math.BigDecimal;
import java.util.List;

/**
 * Band labels of the course factors. A value falls in the band whose lower edge it reaches, so an
 * edge value belongs to the band above it (age 35 is {@code 35-49}, 0.75 mg/kg is {@code
 * 0.75-<1.0}, BMI 30 is {@code >=30}). An unknown value is the level {@link #MISSING}.
 */
public final class Bands {

  /** The level of a factor whose value cannot be known. */
  public static final String MISSING = "missing";

  private Bands() {}

  /** Age band: edges [18, 35, 50, 65] give {@code <18, 18-34, 35-49, 50-64, 65+}. */
  public static String age(Integer age, List<Integer> edges) {
    if (age == null) {
      return MISSING;
    }
    if (age < edges.get(0)) {
      return "<" + edges.get(0);
    }
    for (int i = 1; i < edges.size(); i++) {
      if (age < edges.get(i)) {
        return edges.get(i - 1) + "-" + (edges.get(i) - 1);
      }
    }
    return edges.get(edges.size() - 1) + "+";
  }

  /** Dose band: edges [0.5, 0.75, 1.0] give {@code <0.5, 0.5-<0.75, 0.75-<1.0, >=1.0}. */
  public static String dose(Double mgPerKg, List<Double> edges) {
    return continuous(mgPerKg, edges, true);
  }

  /** BMI band: edges [25, 30] give {@code <25, 25-<30, >=30}. */
  public static String bmi(Double bmi, List<Double> edges) {
    return continuous(bmi, edges, false);
  }

  /** The labels of every band of these age edges, lowest first. */
  public static List<String> ageLabels(List<Integer> edges) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    out.add(age(edges.get(0) - 1, edges));
    for (int edge : edges) {
      out.add(age(edge, edges));
    }
    return out;
  }

  private static String continuous(Double value, List<Double> edges, boolean decimal) {
    if (value == null || value.isNaN()) {
      return MISSING;
    }
    if (value < edges.get(0)) {
      return "<" + text(edges.get(0), decimal);
    }
    for (int i = 1; i < edges.size(); i++) {
      if (value < edges.get(i)) {
        return text(edges.get(i - 1), decimal) + "-<" + text(edges.get(i), decimal);
      }
    }
    return ">=" + text(edges.get(edges.size() - 1), decimal);
  }

  // Doses keep one decimal at least (1.0 mg/kg), BMI edges none when whole (25).
  private static String text(double edge, boolean decimal) {
    BigDecimal d = BigDecimal.valueOf(edge).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    if (decimal && d.scale() == 0) {
      d = d.setScale(1);
    }
    return d.toPlainString();
  }
}
