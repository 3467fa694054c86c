package org.infusionoutcomes.analysis.report.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the fixture report to a directory, to look at it: {@code RenderSample <dir>}. */
final class RenderSample {
  private RenderSample() {}

  public static void main(String[] args) throws Exception {
    write(HtmlReport.render(ReportFixtures.realistic()), Path.of(args[0]));
  }

  static Path write(RenderedReport report, Path dir) throws Exception {
    Files.createDirectories(dir.resolve(HtmlReport.ASSETS_DIRECTORY));
    Path page = dir.resolve(HtmlReport.FILE_NAME);
    Files.writeString(page, report.html(), StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> a : report.assets().entrySet()) {
      Files.write(dir.resolve(HtmlReport.ASSETS_DIRECTORY).resolve(a.getKey()), a.getValue());
    }
    return page;
  }
}
