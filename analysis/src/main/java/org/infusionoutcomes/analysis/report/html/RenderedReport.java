package org.infusionoutcomes.analysis.report.html;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rendered report: the page and the files it loads by relative path.
 *
 * @param html the content of {@code report.html}, UTF-8
 * @param assets file name to content, each to be written as {@code assets/<name>} next to {@code
 *     report.html}; sorted by name. The arrays are shared, not copied: do not modify them.
 */
public record RenderedReport(String html, Map<String, byte[]> assets) {
  public RenderedReport {
    Objects.requireNonNull(html, "html");
    assets = Collections.unmodifiableMap(new TreeMap<>(assets));
  }
}
