package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.ingest.source.SourceFormat;
import picocli.CommandLine.Option;

/** {@code --format}: one input format forced on every data file instead of detecting it. */
final class FormatOption {
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
