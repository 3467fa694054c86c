package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class TextSafetyTest {
  @Test
  void htmlEscapingCoversMarkupQuotesAndForbiddenControls() {
    assertThat(HtmlText.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&#34;x&#34; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(HtmlText.escape("a\u0000b\u0007c\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
    assertThat(HtmlText.escape(null)).isEmpty();
    assertThat(HtmlText.escape("MADRS ≤ 10 · ALL")).isEqualTo("MADRS ≤ 10 · ALL");
  }

  @Test
  void scriptJsonCannotEndItsScriptBlockAndReadsBackUnchanged() throws Exception {
    String nasty = "</script><!-- -->'&\u2028\u2029\"\\";
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", nasty);
    node.put("n", 0.1 + 0.2);
    String json = ScriptJson.write(node);
    assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029");
    assertThat(json).contains("\\u003C/script\\u003E", "\\u2028", "\\u2029");
    assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(nasty);
    assertThat(new ObjectMapper().readTree(json).get("n").asDouble()).isEqualTo(0.1 + 0.2);
  }
}
