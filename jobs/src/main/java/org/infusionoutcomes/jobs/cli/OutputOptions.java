package org.infusionoutcomes.jobs.cli;

import picocli.CommandLine.Option;

/** Where a command that runs on Spark writes: {@code -o/--output}. */
final class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory (local path or Hadoop URI).")
  String dir;
}
