package org.infusionoutcomes.jobs.pipeline;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleFile;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.jobs.config.ConfigLoader;
import org.infusionoutcomes.jobs.config.JobErrors;
import org.infusionoutcomes.jobs.config.OutcomesConfig;

/**
 * Everything a run is told on the command line, with the configuration already loaded and validated
 * - so nothing starts until the settings are known to be good.
 *
 * @param inputs input files or directories
 * @param outputDir the output directory
 * @param configFile the configuration file, or null for defaults
 * @param config the effective configuration
 * @param registry the scales
 * @param forcedFormat a format forced with {@code --format}, or null
 */
public record RunSettings(
    List<String> inputs,
    String outputDir,
    String configFile,
    OutcomesConfig config,
    ScaleRegistry registry,
    SourceFormat forcedFormat) {

  /**
   * A validated configuration with the scales of the run: the shipped ones plus the configuration's
   * {@code scale_files}.
   *
   * @param config the effective configuration
   * @param registry the scales of this run
   */
  public record Loaded(OutcomesConfig config, ScaleRegistry registry) {}

  /**
   * Loads and validates the configuration file (any Hadoop path) or the defaults, and the scale
   * definition files it names under {@code scale_files} (resolved against the configuration file's
   * folder unless absolute or a URI).
   *
   * @throws DefinitionException when the configuration or a scale file is invalid (names file and
   *     key)
   */
  public static Loaded load(Configuration conf, String configFile) {
    ScaleRegistry shipped = ScaleRegistry.shipped();
    if (configFile == null) {
      return new Loaded(ConfigLoader.defaults(shipped), shipped);
    }
    Path configPath = new Path(configFile);
    byte[] bytes = read(conf, configPath, () -> JobErrors.configNotFound(configFile));
    List<String> entries = ConfigLoader.scaleFiles(configFile, new ByteArrayInputStream(bytes));
    List<ScaleFile> files = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Path p = scaleFilePath(configPath, entries.get(i));
      int index = i;
      files.add(
          new ScaleFile(
              p.toString(),
              read(conf, p, () -> JobErrors.scaleFileNotFound(configFile, index, p))));
    }
    ScaleRegistry registry = shipped.withScaleFiles(files);
    return new Loaded(
        ConfigLoader.load(configFile, new ByteArrayInputStream(bytes), registry), registry);
  }

  /** A {@code scale_files} entry: absolute paths and URIs as written, others beside the config. */
  static Path scaleFilePath(Path configPath, String entry) {
    Path p = new Path(entry);
    if (p.isAbsolute() || p.toUri().getScheme() != null) {
      return p;
    }
    Path folder = configPath.getParent();
    return folder == null ? p : new Path(folder, entry);
  }

  private static byte[] read(
      Configuration conf, Path p, java.util.function.Supplier<DefinitionException> notFound) {
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return in.readAllBytes();
    } catch (FileNotFoundException e) {
      throw notFound.get();
    } catch (IOException e) {
      throw IngestErrors.cannotRead(p, e);
    }
  }
}
