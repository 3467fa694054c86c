package org.infusionoutcomes.jobs.cli;

import java.util.List;
import org.infusionoutcomes.ingest.source.SourceFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the input exports are, and their format when it is forced. */
final class InputOptions {
  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Input files or directories (read recursively); local paths or Hadoop URIs (file:, hdfs:, s3a:).")
  List<String> inputs;

  @Mixin FormatOption forced;

  /** The {@code --format} given, or null to detect each file's format. */
  SourceFormat format() {
    return forced.format;
  }
}
