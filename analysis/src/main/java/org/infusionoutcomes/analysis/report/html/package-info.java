/**
 * The self-contained HTML report ({@code report.html}, docs/report.md): {@link
 * org.infusionoutcomes.analysis.report.html.HtmlReport#render} turns a {@link
 * org.infusionoutcomes.analysis.report.ReportData} into the page and the files it loads from {@code
 * assets/}. Pure Java, no I/O besides classpath resources; the caller writes the files.
 *
 * <p>Safety rules, applied in one place each: every text from the data goes through {@code
 * HtmlText.escape} (also inside chart specifications, because Plotly reads its strings as
 * pseudo-HTML), chart specifications are JSON written by {@code ScriptJson} (no {@code <}, {@code
 * >}, {@code &}, {@code '}, U+2028 or U+2029 left raw, so nothing can close the script block), and
 * a Content-Security-Policy lets the page load nothing but its own script files.
 */
package org.infusionoutcomes.analysis.report.html;
