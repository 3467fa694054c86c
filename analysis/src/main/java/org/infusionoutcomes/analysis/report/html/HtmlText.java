package org.infusionoutcomes.analysis.report.html;

/**
 * Escapes text for HTML element content and quoted attribute values. Quotes become numeric
 * references because Plotly, which reads its strings as pseudo-HTML, decodes numeric references and
 * {@code &amp; &lt; &gt;} but not {@code &quot;}. Control characters that HTML forbids become
 * U+FFFD.
 */
final class HtmlText {
  private HtmlText() {}

  /** The escaped text; null is the empty string. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&#34;");
        case '\'' -> b.append("&#39;");
        default -> {
          boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
          b.append(forbidden ? '\uFFFD' : c);
        }
      }
    }
    return b.toString();
  }
}
