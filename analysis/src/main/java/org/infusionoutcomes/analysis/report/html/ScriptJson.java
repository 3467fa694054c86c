package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON that can sit inside an HTML {@code <script>} element: {@code < > & '} and the JavaScript
 * line terminators U+2028 / U+2029 are written as {@code \}{@code uXXXX} escapes, so no {@code
 * </script>}, {@code <!--} or raw line separator can appear, whatever the data holds.
 */
final class ScriptJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build())
          .build();

  private ScriptJson() {}

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a chart specification as JSON", e);
    }
  }

  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii;

    ScriptSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
      ascii['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      if (ch == 0x2029) {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
