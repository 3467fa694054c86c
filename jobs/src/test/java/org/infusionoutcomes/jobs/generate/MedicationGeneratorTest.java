package org.infusionoutcomes.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileIngest;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedicationGeneratorTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();
  private static final Set<String> BENZODIAZEPINES =
      Set.of("Lorazepam", "Clonazepam", "Alprazolam");

  @TempDir Path dir;

  private static SyntheticStudy plain() {
    return SafetyGenerator.addTo(
        StudyGenerator.generate(
            new StudyGenerator.Options("MED-01", 40, 9, LocalDate.of(2024, 3, 4), 2), REGISTRY),
        9,
        REGISTRY);
  }

  private static SyntheticStudy study() {
    return MedicationGenerator.addTo(plain(), 9);
  }

  @Test
  void everythingElseIsTheSameWithOrWithoutMedications() {
    SyntheticStudy without = plain();
    SyntheticStudy with = study();
    assertThat(with.withMedications(List.of())).isEqualTo(without);
    assertThat(with.medications()).isNotEmpty();
    assertThat(MedicationGenerator.addTo(plain(), 9)).isEqualTo(with);
  }

  @Test
  void aboutOneSubjectInFiveTakesABenzodiazepineInSeveralPatterns() {
    SyntheticStudy s = study();
    List<Medication> benzos =
        s.medications().stream().filter(m -> BENZODIAZEPINES.contains(m.drug())).toList();
    long subjects = benzos.stream().map(Medication::subjectId).distinct().count();
    assertThat(subjects).isBetween(4L, 14L);
    assertThat(benzos.stream().map(Medication::drug).distinct().count()).isGreaterThan(1);
    assertThat(benzos).anyMatch(Medication::ongoing).anyMatch(m -> !m.ongoing());
    // partial dates: a start known to the month or the year
    assertThat(s.medications()).anyMatch(m -> m.startDate().length() < 10);
    assertThat(s.medications()).anyMatch(m -> m.drug().equals("Sertraline"));
    assertThat(s.medications())
        .allSatisfy(m -> assertThat(m.decod()).isEqualTo(m.drug().toUpperCase(Locale.ROOT)));
  }

  @Test
  void everyFormatThatCarriesMedicationsReadsThemBack() throws IOException {
    SyntheticStudy s = study();
    List<String> expected = key(s.medications());
    for (String format : List.of("generic", "sdtm", "sdtm-xpt")) {
      Path out = dir.resolve(format);
      StudyWriter writer = StudyWriters.forFormat(format, REGISTRY);
      List<Path> files = writer.write(s, out);
      List<Reject> findings = new ArrayList<>();
      List<Medication> read = readBack(files, findings);
      assertThat(findings).as(format).isEmpty();
      assertThat(key(read)).as(format).isEqualTo(expected);
    }
  }

  private static List<String> key(List<Medication> meds) {
    return meds.stream()
        .map(
            m ->
                String.join(
                    " ",
                    m.subjectId(),
                    m.drug().toUpperCase(Locale.ROOT),
                    m.startDate(),
                    String.valueOf(m.endDate()),
                    String.valueOf(m.ongoing()),
                    String.valueOf(m.dose())))
        .sorted()
        .collect(Collectors.toList());
  }

  private static List<Medication> readBack(List<Path> files, List<Reject> findings)
      throws IOException {
    Map<String, List<Object>> bySubject = new TreeMap<>();
    RecordSink sink =
        r -> {
          if (r instanceof Reject reject) {
            findings.add(reject);
          } else {
            bySubject.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r);
          }
        };
    int order = 0;
    for (Path f : files.stream().sorted().toList()) {
      byte[] head = Files.readAllBytes(f);
      Detection d =
          FormatDetector.detect(
              f.toString(), Arrays.copyOf(head, Math.min(head.length, FormatDetector.HEAD_BYTES)));
      assertThat(d.isRead()).as(f.toString()).isTrue();
      SourceFile sf =
          new SourceFile(
              f.toUri().toString(),
              f.getFileName().toString(),
              order++,
              d.format(),
              "MED-01",
              null);
      try (InputStream in = Files.newInputStream(f)) {
        FileIngest.read(sf, in, new ReadContext(REGISTRY), sink);
      }
    }
    List<Medication> out = new ArrayList<>();
    SubjectAssembler assembler = new SubjectAssembler(REGISTRY);
    for (Map.Entry<String, List<Object>> e : bySubject.entrySet()) {
      List<Object> l = e.getValue();
      var a =
          assembler.assemble(
              "MED-01",
              e.getKey(),
              only(l, ScoreObservation.class),
              only(l, InfusionObservation.class),
              only(l, SubjectObservation.class),
              only(l, VitalObservation.class),
              only(l, AdverseEventObservation.class),
              only(l, MedicationObservation.class));
      out.addAll(a.medications());
      findings.addAll(a.rejects());
      findings.addAll(a.warnings());
    }
    return out;
  }

  private static <T> List<T> only(List<Object> l, Class<T> type) {
    return l.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
