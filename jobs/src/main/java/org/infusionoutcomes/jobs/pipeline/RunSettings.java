package org.infusionoutcomes.jobs.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.reject.IngestErrors;
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
   * Loads and validates the configuration file (any Hadoop path) or the defaults.
   *
   * @throws DefinitionException when the file is invalid (names file and key)
   */
  public static OutcomesConfig loadConfig(
      Configuration conf, String configFile, ScaleRegistry registry) {
    if (configFile == null) {
      return ConfigLoader.defaults(registry);
    }
    Path p = new Path(configFile);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return ConfigLoader.load(configFile, in, registry);
    } catch (java.io.FileNotFoundException e) {
      throw JobErrors.configNotFound(configFile);
    } catch (IOException e) {
      throw IngestErrors.cannotRead(configFile, e);
    }
  }
}
