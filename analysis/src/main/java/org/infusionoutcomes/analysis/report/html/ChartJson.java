package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builders for Plotly figure specifications. Every string that can come from data goes in through
 * {@link #text} or {@link #texts}, which HTML-escape it: Plotly renders its strings as pseudo-HTML,
 * so an unescaped {@code <b>} in a study id would be drawn as markup.
 */
final class ChartJson {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Okabe-Ito colours, distinguishable with colour-vision deficiency; index by group. */
  private static final String[] PALETTE = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
  };

  static final String FONT =
      "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

  private ChartJson() {}

  static String color(int index) {
    return PALETTE[Math.floorMod(index, PALETTE.length)];
  }

  /** {@link #color} with an alpha, for confidence bands. */
  static String translucent(int index, double alpha) {
    String hex = color(index);
    int r = Integer.parseInt(hex.substring(1, 3), 16);
    int g = Integer.parseInt(hex.substring(3, 5), 16);
    int b = Integer.parseInt(hex.substring(5, 7), 16);
    return "rgba(" + r + "," + g + "," + b + "," + alpha + ")";
  }

  /** Index of the CSS swatch class matching {@link #color}. */
  static int swatch(int index) {
    return Math.floorMod(index, PALETTE.length);
  }

  static String text(String s) {
    return HtmlText.escape(s);
  }

  static ArrayNode texts(List<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(text(v)));
    return a;
  }

  /** Numbers; null, NaN and infinities become JSON null (a gap). */
  static ArrayNode numbers(List<Double> values) {
    ArrayNode a = NODES.arrayNode();
    for (Double v : values) {
      if (v == null || !Double.isFinite(v)) {
        a.addNull();
      } else {
        a.add(v);
      }
    }
    return a;
  }

  static ObjectNode figure(ArrayNode data, ObjectNode layout) {
    ObjectNode f = NODES.objectNode();
    f.set("data", data);
    f.set("layout", layout);
    return f;
  }

  /** The layout every chart shares: fonts, margins, legend on top, no title (the card has it). */
  static ObjectNode layout(int height) {
    ObjectNode l = NODES.objectNode();
    l.put("height", height);
    l.put("autosize", true);
    ObjectNode font = l.putObject("font");
    font.put("family", FONT);
    font.put("size", 12);
    font.put("color", "#1d2330");
    ObjectNode margin = l.putObject("margin");
    margin.put("l", 64);
    margin.put("r", 16);
    margin.put("t", 36);
    margin.put("b", 52);
    l.put("paper_bgcolor", "#ffffff");
    l.put("plot_bgcolor", "#ffffff");
    l.put("hovermode", "closest");
    ObjectNode legend = l.putObject("legend");
    legend.put("orientation", "h");
    legend.put("x", 0);
    legend.put("y", 1.02);
    legend.put("yanchor", "bottom");
    return l;
  }

  /** An axis with a title and light grid lines. */
  static ObjectNode axis(String title) {
    ObjectNode a = NODES.objectNode();
    ObjectNode t = a.putObject("title");
    t.put("text", text(title));
    a.put("gridcolor", "#e6e9ee");
    a.put("linecolor", "#9aa3af");
    a.put("showline", true);
    a.put("zeroline", false);
    a.put("ticks", "outside");
    return a;
  }

  /** Hover text per point: escaped data, with line breaks as Plotly's {@code <br>}. */
  static void hoverText(ObjectNode trace, List<String> lines) {
    ArrayNode a = trace.putArray("hovertext");
    lines.forEach(l -> a.add(text(l).replace("\n", "<br>")));
    trace.put("hoverinfo", "text");
  }
}
