package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.analysis.report.ReportData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in every text field of {@link ReportData} (run, config keys and values, definitions,
 * study and scale ids, analysis labels, log-rank endpoints and groups, quality ids, statuses,
 * descriptions, details and rule names) must reach the page as text only.
 */
class HtmlReportEscapingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "<!--<script>\u2028\u2029'&amp;",
        "<b>bold</b><a href=\"javascript:alert(1)\">x</a>"
      })
  void hostileTextInEveryFieldAppearsOnlyEscaped(String hostile) throws Exception {
    ReportData data =
        ReportFixtures.mapText(ReportFixtures.realistic(), s -> s == null ? null : hostile + s);
    String html = HtmlReport.render(data).html();
    Document doc = Jsoup.parse(html);

    assertThat(html).doesNotContain(hostile);
    assertThat(html).contains(HtmlText.escape(hostile));
    // what the data said is shown as text, e.g. a study id in a table cell
    assertThat(doc.select("section#response tbody td").first().text()).startsWith(hostile.strip());

    assertThat(doc.select("img, a[href^=javascript], b, iframe, object, embed")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey())
            .as("event handler attribute on <%s>", e.tagName())
            .doesNotStartWith("on");
      }
    }

    // the only scripts are the plotly asset, the loader and the JSON chart specifications
    List<Element> scripts = doc.select("script");
    assertThat(doc.select("script[src]").eachAttr("src"))
        .containsExactly("assets/plotly-2.35.3.js");
    assertThat(doc.select("script:not([src]):not([type])")).hasSize(1);
    List<Element> specs = doc.select("script[type=application/json].plot-spec");
    assertThat(specs).hasSize(scripts.size() - 2).hasSize(31);

    List<String> chartTexts = new ArrayList<>();
    for (Element spec : specs) {
      String json = spec.data();
      assertThat(json).doesNotContain("<", ">", "\u2028", "\u2029", "'");
      collectTexts(JSON.readTree(json), chartTexts);
    }
    // the hostile study ids went into the charts, HTML-escaped for Plotly's pseudo-HTML
    assertThat(chartTexts).anyMatch(t -> t.startsWith(HtmlText.escape(hostile)));
    assertThat(chartTexts).noneMatch(t -> t.contains(hostile));
  }

  private static void collectTexts(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, out));
  }
}
