package org.infusionoutcomes.ingest.format;

import org.infusionoutcomes.ingest.fhir.FhirReader;
import org.infusionoutcomes.ingest.generic.GenericAdverseEventsReader;
import org.infusionoutcomes.ingest.generic.GenericInfusionsReader;
import org.infusionoutcomes.ingest.generic.GenericMedicationsReader;
import org.infusionoutcomes.ingest.generic.GenericScoresReader;
import org.infusionoutcomes.ingest.generic.GenericSubjectsReader;
import org.infusionoutcomes.ingest.generic.GenericVitalsReader;
import org.infusionoutcomes.ingest.mapping.MappedCsvReader;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.redcap.RedcapReader;
import org.infusionoutcomes.ingest.sdtm.SdtmCsvReader;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.xpt.XptSdtmReader;

/** The reader of each format. Readers keep per-file state, so each file gets a new one. */
public final class SourceReaders {
  private SourceReaders() {}

  /** A new reader for {@code format}. */
  public static SourceReader forFormat(SourceFormat format) {
    return switch (format) {
      case GENERIC_SCORES -> new GenericScoresReader();
      case GENERIC_INFUSIONS -> new GenericInfusionsReader();
      case GENERIC_SUBJECTS -> new GenericSubjectsReader();
      case GENERIC_VITALS -> new GenericVitalsReader();
      case GENERIC_ADVERSE_EVENTS -> new GenericAdverseEventsReader();
      case GENERIC_MEDICATIONS -> new GenericMedicationsReader();
      case SDTM_CSV -> new SdtmCsvReader();
      case SDTM_XPT -> new XptSdtmReader();
      case REDCAP -> new RedcapReader();
      case FHIR -> new FhirReader();
      case MAPPED -> new MappedCsvReader();
    };
  }
}
