package org.infusionoutcomes.analysis.report.html;

import java.util.List;

/**
 * A small HTML writer. Text and attribute values pass through {@link HtmlText#escape}; only {@link
 * #raw} takes markup, and it is given markup built here, never data.
 */
final class Markup {
  private final StringBuilder b = new StringBuilder(4096);

  /**
   * A report section opened with its heading and, when given, the paragraphs that say how to read
   * it ({@code <div class="method">}); the caller adds the content and closes the section.
   */
  static Markup section(String id, String title, String... method) {
    Markup m = new Markup();
    m.open("section", "id", id).newline();
    m.element("h2", title).newline();
    if (method.length > 0) {
      m.open("div", "class", "method").newline();
      for (String p : method) {
        m.element("p", p).newline();
      }
      m.close("div").newline();
    }
    return m;
  }

  /** Closes a section that has nothing to show with the paragraph saying why. */
  String closeEmpty(String why) {
    element("p", why, "class", "empty");
    return close("section").newline().toString();
  }

  /**
   * Opens a data table: {@code <div class="table-wrap"><table class="cssClass">}, the caption when
   * there is one, and a header row of the text columns followed by the numeric ({@code num})
   * columns; leaves the body open for the rows, which {@link #closeTable} ends.
   */
  Markup openTable(
      String cssClass, String caption, List<String> textColumns, List<String> numberColumns) {
    open("div", "class", "table-wrap").open("table", "class", cssClass).newline();
    if (caption != null) {
      element("caption", caption);
    }
    open("thead").open("tr");
    for (String h : textColumns) {
      element("th", h, "scope", "col");
    }
    for (String h : numberColumns) {
      element("th", h, "scope", "col", "class", "num");
    }
    return close("tr").close("thead").open("tbody").newline();
  }

  /** Closes the body, the table and the wrapper {@link #openTable} opened. */
  Markup closeTable() {
    return close("tbody").close("table").close("div");
  }

  /** A numeric table cell: {@code <td class="num">escaped text</td>}. */
  Markup num(String text) {
    return element("td", text, "class", "num");
  }

  /** A note paragraph on its own line: {@code <p class="note">escaped text</p>}. */
  Markup note(String text) {
    return element("p", text, "class", "note").newline();
  }

  /** Opens {@code tag} with attribute name/value pairs; a null value leaves the attribute out. */
  Markup open(String tag, String... attributes) {
    b.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        b.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(HtmlText.escape(attributes[i + 1]))
            .append('"');
      }
    }
    b.append('>');
    return this;
  }

  Markup close(String tag) {
    b.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attributes>escaped text</tag>}. */
  Markup element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Markup text(String text) {
    b.append(HtmlText.escape(text));
    return this;
  }

  Markup raw(String markup) {
    b.append(markup);
    return this;
  }

  Markup newline() {
    b.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
