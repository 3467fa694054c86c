package org.infusionoutcomes.ingest.run;

import java.util.List;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * The files of a run: every file found (in input order) and those to read.
 *
 * @param found every file found, with its status
 * @param toRead the files to read, in input order ({@link SourceFile#order()} is the index here)
 */
public record InputPlan(List<InputFile> found, List<SourceFile> toRead) {
  public InputPlan {
    found = List.copyOf(found);
    toRead = List.copyOf(toRead);
  }
}
