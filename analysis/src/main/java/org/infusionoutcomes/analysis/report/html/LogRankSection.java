package org.infusionoutcomes.analysis.report.html;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.infusionoutcomes.analysis.report.LogRankRow;

/** Section 6: log-rank tests between course numbers, labelled descriptive and unadjusted. */
final class LogRankSection {
  static final String ID = "log-rank";
  static final String TITLE = "7. Log-rank tests between courses (descriptive, unadjusted)";

  private LogRankSection() {}

  static String render(List<LogRankRow> rows) {
    Markup m =
        Markup.section(
            ID,
            TITLE,
            "Descriptive, unadjusted: the log-rank test (R survdiff, rho = 0) compares the"
                + " curves of the course numbers within one study and scale. It does not"
                + " account for the same subject contributing several courses, nor for the"
                + " number of tests shown; read p-values as a description, not as evidence of"
                + " an effect.");
    if (rows.isEmpty()) {
      return m.closeEmpty("No comparisons: no study and scale has two or more course numbers.");
    }
    m.openTable(
        "log-rank",
        "Log-rank tests — descriptive, unadjusted.",
        List.of("Study", "Scale", "Endpoint", "Courses compared"),
        List.of("χ²", "df", "p"));
    for (LogRankRow r : rows) {
      m.open("tr");
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.element("td", r.scale());
      m.element("td", endpoint(r.endpoint()));
      m.element("td", groups(r.groups()));
      boolean hidden = !r.suppressed().isEmpty();
      m.num(hidden ? Formats.SUPPRESSED : Formats.decimal(r.chisq(), 2));
      m.num(r.df() == null ? Formats.SUPPRESSED : Integer.toString(r.df()));
      m.num(hidden ? Formats.SUPPRESSED : Formats.pValue(r.pValue()));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    m.note(
        "An empty χ² and p (\"—\") means the test is not defined for these data (e.g. no"
            + " events at all, or a singular variance, where R's survdiff stops).");
    m.close("section").newline();
    return m.toString();
  }

  private static String endpoint(String id) {
    if ("durability".equals(id)) {
      return "Durability";
    }
    if ("time_to_response".equals(id)) {
      return "Time to response";
    }
    return id == null ? Formats.MISSING : id;
  }

  /** {@code 1;2;3} as {@code 1 vs 2 vs 3}. */
  private static String groups(String groups) {
    if (groups == null || groups.isEmpty()) {
      return Formats.MISSING;
    }
    return Arrays.stream(groups.split(";")).map(String::trim).collect(Collectors.joining(" vs "));
  }
}
