package org.infusionoutcomes.analysis.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.rates.GoldenFiles;

/** The input of the golden tests, {@code cases.csv}: one curve per (case, group). */
final class GoldenCases {

  /** One group of one case. */
  record Curve(String caseId, String group, double[] time, boolean[] event) {
    String key() {
      return key(caseId, group);
    }

    static String key(String caseId, String group) {
      return caseId + "/" + group;
    }
  }

  /** All groups of one case, for the log-rank test. */
  record Pooled(String caseId, double[] time, boolean[] event, String[] group) {}

  private GoldenCases() {}

  /** Curves in file order. */
  static List<Curve> curves() {
    Map<String, List<Map<String, String>>> byCurve = new LinkedHashMap<>();
    for (Map<String, String> row : GoldenFiles.read("cases.csv")) {
      byCurve
          .computeIfAbsent(Curve.key(row.get("case_id"), row.get("group")), k -> new ArrayList<>())
          .add(row);
    }
    List<Curve> curves = new ArrayList<>();
    for (List<Map<String, String>> rows : byCurve.values()) {
      double[] time = new double[rows.size()];
      boolean[] event = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        time[i] = Double.parseDouble(rows.get(i).get("time"));
        event[i] = rows.get(i).get("status").equals("1");
      }
      curves.add(new Curve(rows.get(0).get("case_id"), rows.get(0).get("group"), time, event));
    }
    return curves;
  }

  /** The subjects of one case, all groups together. */
  static Pooled pooled(String caseId) {
    List<Curve> parts = curves().stream().filter(c -> c.caseId().equals(caseId)).toList();
    int n = parts.stream().mapToInt(c -> c.time().length).sum();
    double[] time = new double[n];
    boolean[] event = new boolean[n];
    String[] group = new String[n];
    int i = 0;
    for (Curve c : parts) {
      for (int j = 0; j < c.time().length; j++, i++) {
        time[i] = c.time()[j];
        event[i] = c.event()[j];
        group[i] = c.group();
      }
    }
    return new Pooled(caseId, time, event, group);
  }
}
