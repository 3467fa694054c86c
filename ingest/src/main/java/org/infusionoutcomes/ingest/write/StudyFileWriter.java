package org.infusionoutcomes.ingest.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link StudyWriter} whose format is a list of files ({@link StudyFile}): a subclass lists them
 * and this writes them into the output directory, in order.
 */
public abstract class StudyFileWriter implements StudyWriter {
  private final String formatId;

  /** A writer of the format {@code formatId} (its {@link #formatId}). */
  protected StudyFileWriter(String formatId) {
    this.formatId = formatId;
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public final List<Path> write(SyntheticStudy study, Path dir) throws IOException {
    return StudyFile.writeAll(dir, files(study));
  }

  /** The files {@code study} is written as, in order. */
  protected abstract List<StudyFile> files(SyntheticStudy study);
}
