package org.infusionoutcomes.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.jobs.generate.MedicationGenerator;
import org.infusionoutcomes.jobs.generate.SafetyGenerator;
import org.infusionoutcomes.jobs.generate.SampleDefects;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.generate.StudyWriters;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code outcomes generate}: writes a realistic synthetic study in one of the input formats. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic ketamine infusion study (deterministic for a seed) in an input format.")
final class GenerateCommand extends OutcomesCommand {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into (local).")
  Path output;

  @Option(
      names = "--format",
      defaultValue = "generic",
      paramLabel = "FORMAT",
      description =
          "Format to write: generic, sdtm, sdtm-xpt, redcap, fhir, mapped (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--study-id",
      defaultValue = "KETA-01",
      description = "Study id (default ${DEFAULT-VALUE}).")
  String studyId;

  @Option(
      names = "--subjects",
      defaultValue = "40",
      description = "Number of subjects (default ${DEFAULT-VALUE}).")
  int subjects;

  @Option(
      names = "--sites",
      defaultValue = "2",
      description = "Number of sites (default ${DEFAULT-VALUE}).")
  int sites;

  @Option(
      names = "--seed",
      defaultValue = "20240108",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      defaultValue = "2024-01-08",
      description = "First enrolment date (default ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(
      names = "--with-defects",
      description = "Append a few deliberately bad records (generic and sdtm only).")
  boolean defects;

  @Override
  public Integer call() throws Exception {
    if (subjects < 1) {
      throw usage("--subjects must be at least 1");
    }
    ScaleRegistry registry = ScaleRegistry.shipped();
    SyntheticStudy study =
        StudyGenerator.generate(
            new StudyGenerator.Options(studyId, subjects, seed, start, sites), registry);
    study = SafetyGenerator.addTo(study, seed, registry);
    study = MedicationGenerator.addTo(study, seed);
    List<Path> files;
    try {
      StudyWriter writer = StudyWriters.forFormat(format, registry);
      files =
          writer.write(
              writer.carriesReferenceDate() ? study : study.withoutReferenceDates(), output);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (defects) {
      switch (format) {
        case "generic" -> SampleDefects.appendGeneric(output, studyId);
        case "sdtm" -> SampleDefects.appendSdtm(output, studyId);
        default -> throw usage("--with-defects is offered for generic and sdtm only");
      }
    }
    var out = out();
    out.printf(
        "%s: %d subjects, %d assessments, %d infusions, %d vital signs, %d CADSS ratings,"
            + " %d adverse events, %d medications%n",
        studyId,
        study.subjects().size(),
        study.assessments().size(),
        study.infusions().size(),
        study.vitalSigns().size(),
        study.sessionRatings().size(),
        study.adverseEvents().size(),
        study.medications().size());
    files.forEach(f -> out.println("  " + f));
    out.flush();
    return ExitCodes.OK;
  }
}
