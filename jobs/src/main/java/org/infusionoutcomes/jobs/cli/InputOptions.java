package org.infusionoutcomes.jobs.cli;

import java.util.List;
import org.infusionoutcomes.ingest.source.SourceFormat;
import picocli.CommandLine.Option;

/** Where the input exports are. */
final class InputOptions {
  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Input files or directories (read recursively); local paths or Hadoop URIs (file:, hdfs:, s3a:).")
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "Force the format of every data file instead of detecting it: ${COMPLETION-CANDIDATES}.",
      completionCandidates = FormatConverter.Candidates.class)
  SourceFormat format;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<SourceFormat> {
    @Override
    public SourceFormat convert(String value) {
      try {
        return SourceFormat.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '"
                + value
                + "'; expected one of "
                + String.join(", ", new Candidates()));
      }
    }

    static final class Candidates extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Candidates() {
        for (SourceFormat f : SourceFormat.values()) {
          add(f.id());
        }
      }
    }
  }
}
