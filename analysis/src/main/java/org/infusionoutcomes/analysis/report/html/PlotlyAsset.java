package org.infusionoutcomes.analysis.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * plotly.js from the {@code org.webjars.npm:plotly.js-dist} webjar. The version is the one the
 * build pinned ({@code plotly.version} in the parent POM, filtered into {@code plotly.properties}),
 * so the path cannot drift from the dependency. The webjar ships the unminified bundle only.
 */
final class PlotlyAsset {
  private static final String PROPERTIES = "plotly.properties";

  final String version;
  final String fileName;
  final String licenseFileName;
  private final byte[] script;
  private final byte[] license;

  private PlotlyAsset(String version, byte[] script, byte[] license) {
    this.version = version;
    this.fileName = "plotly-" + version + ".js";
    this.licenseFileName = "plotly-" + version + ".LICENSE.txt";
    this.script = script;
    this.license = license;
  }

  static PlotlyAsset get() {
    return Holder.INSTANCE;
  }

  byte[] script() {
    return script;
  }

  byte[] license() {
    return license;
  }

  private static final class Holder {
    static final PlotlyAsset INSTANCE = load();
  }

  private static PlotlyAsset load() {
    Properties p = new Properties();
    try (InputStream in = PlotlyAsset.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(PROPERTIES + " is missing next to " + PlotlyAsset.class);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version", "");
    if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
      throw new IllegalStateException(
          PROPERTIES + " holds no plotly.js version (was the resource filtered?): " + version);
    }
    String dir = "/META-INF/resources/webjars/plotly.js-dist/" + version + "/";
    return new PlotlyAsset(version, read(dir + "plotly.js"), read(dir + "LICENSE"));
  }

  private static byte[] read(String resource) {
    try (InputStream in = PlotlyAsset.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource
                + " is not on the classpath: the report needs the org.webjars.npm:plotly.js-dist"
                + " webjar of the pinned version to draw its charts offline");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
