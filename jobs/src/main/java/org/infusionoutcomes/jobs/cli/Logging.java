package org.infusionoutcomes.jobs.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Applies {@code --quiet} / {@code --verbose} to the log levels (all logs go to stderr). */
final class Logging {
  private Logging() {}

  static void configure(boolean quiet, boolean verbose) {
    if (verbose) {
      Configurator.setLevel("org.infusionoutcomes", Level.DEBUG);
      Configurator.setLevel("org.apache.spark", Level.INFO);
    } else if (quiet) {
      Configurator.setLevel("org.infusionoutcomes", Level.WARN);
    }
  }
}
