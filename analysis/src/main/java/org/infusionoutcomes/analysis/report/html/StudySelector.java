package org.infusionoutcomes.analysis.report.html;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A study selector for a section with one card per study: a {@code <select>} that the page's script
 * reveals and wires to show the chosen study's cards only (the pooled {@code ALL} first). Without
 * script - or when printing - the selector stays hidden and every card shows. Cards take part by
 * carrying {@code data-study}; the selector names its cards' container by id.
 */
final class StudySelector {
  private StudySelector() {}

  /** The attribute a card carries: its study id, as in the data (escaped by {@link Markup}). */
  static final String ATTRIBUTE = "data-study";

  /**
   * @param containerId the id of the element holding the cards (generated, never data)
   * @param studies the study ids of the cards, in page order
   */
  static String render(String containerId, Collection<String> studies) {
    Set<String> distinct = new LinkedHashSet<>(studies);
    if (distinct.size() < 2) {
      return "";
    }
    String selected = distinct.contains(Labels.ALL) ? Labels.ALL : distinct.iterator().next();
    Markup m = new Markup();
    m.open("div", "class", "study-filter", "hidden", "");
    m.open("label").text("Show study ");
    m.open("select", "class", "study-select", "data-filter-for", containerId);
    if (distinct.contains(Labels.ALL)) {
      m.open("option", "value", Labels.ALL, "selected", "").text(Labels.study(Labels.ALL));
      m.close("option");
    }
    for (String s : distinct) {
      if (!s.equals(Labels.ALL)) {
        m.open("option", "value", s, "selected", s.equals(selected) ? "" : null).text(s);
        m.close("option");
      }
    }
    m.open("option", "value", "*").text("All studies, one after another").close("option");
    m.close("select").close("label");
    m.element(
        "span",
        " ("
            + distinct.stream().filter(x -> !x.equals(Labels.ALL)).count()
            + " studies"
            + (distinct.contains(Labels.ALL) ? " and the pooled rows" : "")
            + ")",
        "class",
        "note");
    m.close("div").newline();
    return m.toString();
  }
}
