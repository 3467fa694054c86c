package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Places charts in the page: a target {@code <div>} with a fallback sentence, and the figure's
 * specification as JSON in a {@code <script type="application/json">} block that the page's script
 * hands to Plotly. Ids are {@code fig-<kind>-<n>}, numbered in page order, so the same data always
 * gives the same ids.
 */
final class Figures {
  private final Map<String, Integer> counters = new HashMap<>();
  private final String plotlyFile;

  Figures(String plotlyFile) {
    this.plotlyFile = plotlyFile;
  }

  /**
   * The markup of one chart.
   *
   * @param kind a fixed word naming the chart kind (never data)
   * @param label what the chart shows, for screen readers (escaped here)
   */
  String place(String kind, String label, ObjectNode figure) {
    int n = counters.merge(kind, 1, Integer::sum);
    String id = "fig-" + kind + "-" + n;
    return new Markup()
        .open("div", "class", "plot", "id", id, "role", "img", "aria-label", label)
        .element(
            "p",
            "Chart not drawn: it needs JavaScript and the file "
                + HtmlReport.ASSETS_DIRECTORY
                + "/"
                + plotlyFile
                + " next to this report. The table holds every number.",
            "class",
            "plot-fallback")
        .close("div")
        .newline()
        .open("script", "type", "application/json", "class", "plot-spec", "data-for", id)
        .raw(ScriptJson.write(figure))
        .close("script")
        .newline()
        .toString();
  }
}
