package org.infusionoutcomes.analysis.report.html;

import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.analysis.report.AgreementRow;

/**
 * Agreement between clinician-rated MADRS and self-rated PHQ-9 on the same courses: the 2x2 counts,
 * observed agreement, Cohen's kappa with its 95% interval and the correlation of percent change.
 */
final class AgreementSection {
  static final String ID = "agreement";
  static final String TITLE = "11. Agreement between MADRS and PHQ-9";

  private AgreementSection() {}

  static String render(List<AgreementRow> rows, Integer minCellSize) {
    List<String> method = new ArrayList<>();
    method.add(
        "Courses with an OC endpoint on both scales. Both, MADRS only, PHQ-9 only, neither:"
            + " courses classified as responders (or remitters) by each scale. Agreement: the"
            + " share classified alike. Kappa: Cohen's kappa with the large-sample standard"
            + " error of Fleiss, Cohen and Everitt (1969), 95% interval kappa ± 1.96·SE"
            + " clipped to [−1, 1]; \"—\" when chance agreement is 1 (every course in one"
            + " cell). r: Pearson correlation of the percent change from baseline on the two"
            + " scales; \"—\" when either has no variance.");
    if (minCellSize != null) {
      method.add(
          "Shared with min_cell_size "
              + minCellSize
              + ": a count below "
              + minCellSize
              + ", and every count that would give one away (through the row's n, the rates"
              + " table or the pooled row), reads "
              + Formats.suppressedCount()
              + "; agreement and kappa of a row with such a count, and r of a row whose n is"
              + " hidden, read "
              + Formats.SUPPRESSED
              + ".");
    }
    Markup m = Markup.section(ID, TITLE, method.toArray(String[]::new));
    if (rows.isEmpty()) {
      return m.closeEmpty(
          "No course has an OC endpoint on both MADRS and PHQ-9, so there is no agreement to"
              + " show.");
    }
    m.openTable(
        "rates",
        "MADRS against PHQ-9 response and remission per study and course number.",
        List.of("Study", "Course", "Endpoint"),
        List.of(
            "n",
            "Both",
            "MADRS only",
            "PHQ-9 only",
            "Neither",
            "Agreement",
            "Kappa (95% CI)",
            "r"));
    for (AgreementRow r : rows) {
      m.open("tr");
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.num(Integer.toString(r.courseNumber()));
      m.element("td", r.endpoint());
      m.num(Formats.count(r.n()));
      m.num(Formats.count(r.both()));
      m.num(Formats.count(r.madrsOnly()));
      m.num(Formats.count(r.phq9Only()));
      m.num(Formats.count(r.neither()));
      boolean statistics = r.suppressed().contains("kappa");
      m.num(statistics ? Formats.SUPPRESSED : Formats.percent(r.agreement()));
      m.num(
          statistics
              ? Formats.SUPPRESSED
              : r.kappa() == null
                  ? Formats.MISSING
                  : Formats.decimal(r.kappa(), 2)
                      + " ("
                      + Formats.decimal(r.kappaCiLow(), 2)
                      + " to "
                      + Formats.decimal(r.kappaCiHigh(), 2)
                      + ")");
      m.num(
          r.suppressed().contains("pchg_correlation")
              ? Formats.SUPPRESSED
              : Formats.decimal(r.pchgCorrelation(), 2));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    return m.close("section").newline().toString();
  }
}
