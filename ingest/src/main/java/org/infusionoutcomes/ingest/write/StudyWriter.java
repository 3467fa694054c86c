package org.infusionoutcomes.ingest.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link SyntheticStudy} as one input format (the inverse of that format's reader). */
public interface StudyWriter {
  /** The format's command-line name, as {@code --format} and {@code outcomes generate} use it. */
  String formatId();

  /**
   * Writes the study into {@code dir} (created if needed).
   *
   * @return the files written
   */
  List<Path> write(SyntheticStudy study, Path dir) throws IOException;

  /**
   * Whether the format carries a subject's reference date (study day 1). A study written in a
   * format that does not must be stripped of it first ({@link
   * SyntheticStudy#withoutReferenceDates}).
   */
  default boolean carriesReferenceDate() {
    return true;
  }
}
