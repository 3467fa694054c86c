package org.infusionoutcomes.jobs.generate;

import java.util.List;
import org.infusionoutcomes.ingest.fhir.FhirWriter;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.mapping.MappedCsvWriter;
import org.infusionoutcomes.ingest.redcap.RedcapWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.sdtm.SdtmCsvWriter;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.xpt.XptStudyWriter;

/** Every format a synthetic study can be written in ({@code outcomes generate --format}). */
public final class StudyWriters {
  private StudyWriters() {}

  /** One writer of each format. */
  public static List<StudyWriter> all(ScaleRegistry registry) {
    return List.of(
        new GenericCsvWriter(),
        new SdtmCsvWriter(registry),
        new XptStudyWriter(registry),
        new RedcapWriter(registry),
        new FhirWriter(registry),
        new MappedCsvWriter(registry));
  }

  /** The writer of a format id. */
  public static StudyWriter forFormat(String formatId, ScaleRegistry registry) {
    return all(registry).stream()
        .filter(w -> w.formatId().equalsIgnoreCase(formatId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no writer for format '"
                        + formatId
                        + "'; available: "
                        + String.join(
                            ", ", all(registry).stream().map(StudyWriter::formatId).toList())));
  }
}
