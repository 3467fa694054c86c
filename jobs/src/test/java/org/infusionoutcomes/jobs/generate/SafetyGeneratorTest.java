package org.infusionoutcomes.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileIngest;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyGeneratorTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();

  @TempDir Path dir;

  private static SyntheticStudy study() {
    return SafetyGenerator.addTo(
        StudyGenerator.generate(
            new StudyGenerator.Options("SAF-01", 12, 5, LocalDate.of(2024, 3, 4), 1), REGISTRY),
        5,
        REGISTRY);
  }

  @Test
  void depressionDataAreTheSameWithOrWithoutSafetyData() {
    SyntheticStudy plain =
        StudyGenerator.generate(
            new StudyGenerator.Options("SAF-01", 12, 5, LocalDate.of(2024, 3, 4), 1), REGISTRY);
    SyntheticStudy with = study();
    assertThat(with.assessments()).isEqualTo(plain.assessments());
    assertThat(with.infusions()).isEqualTo(plain.infusions());
    assertThat(with.subjects()).isEqualTo(plain.subjects());
  }

  @Test
  void kineticsAreRealistic() {
    SyntheticStudy s = study();
    int n = s.infusions().size();
    assertThat(s.vitalSigns()).hasSize(n * SafetyGenerator.VITAL_MINUTES.length * 4);
    assertThat(s.sessionRatings()).hasSize(n * SafetyGenerator.CADSS_MINUTES.length);
    Map<Integer, Double> meanSbp =
        s.vitalSigns().stream()
            .filter(v -> v.test().equals("SYSBP"))
            .collect(
                Collectors.groupingBy(
                    VitalSign::minutesFromStart,
                    TreeMap::new,
                    Collectors.averagingDouble(VitalSign::value)));
    double pre = meanSbp.get(-10);
    int peakAt =
        meanSbp.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(peakAt).isBetween(30, 45);
    assertThat(meanSbp.get(peakAt) - pre).isBetween(10.0, 30.0);
    assertThat(meanSbp.get(120) - pre).isLessThan(5.0);
    long over180 =
        s.vitalSigns().stream().filter(v -> v.test().equals("SYSBP") && v.value() >= 180).count();
    assertThat(over180).isPositive().isLessThan(n * 2L);
    Map<Integer, Double> meanCadss =
        s.sessionRatings().stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.minutesFromStart(),
                    TreeMap::new,
                    Collectors.averagingDouble(a -> a.totalScore())));
    assertThat(meanCadss.get(40)).isGreaterThan(8.0);
    assertThat(meanCadss.get(120)).isLessThan(2.0);
    assertThat(s.adverseEvents()).isNotEmpty();
    assertThat(s.adverseEvents().stream().map(AdverseEvent::preferredTerm).distinct().count())
        .isGreaterThanOrEqualTo(4);
  }

  private record Read(List<VitalSign> vitals, List<AdverseEvent> events, List<Reject> findings) {}

  /** Writes the study in {@code format}, reads every file back and assembles each subject. */
  private Read roundTrip(String format) throws IOException {
    SyntheticStudy s = study();
    StudyWriter writer = StudyWriters.forFormat(format, REGISTRY);
    List<Path> files =
        writer.write(writer.carriesReferenceDate() ? s : s.withoutReferenceDates(), dir);
    Map<String, List<Object>> bySubject = new TreeMap<>();
    List<Reject> findings = new ArrayList<>();
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
              "SAF-01",
              null);
      try (InputStream in = Files.newInputStream(f)) {
        FileIngest.read(sf, in, new ReadContext(REGISTRY), sink);
      }
    }
    List<VitalSign> vitals = new ArrayList<>();
    List<AdverseEvent> events = new ArrayList<>();
    SubjectAssembler assembler = new SubjectAssembler(REGISTRY);
    for (Map.Entry<String, List<Object>> e : bySubject.entrySet()) {
      List<Object> l = e.getValue();
      SubjectAssembly a =
          assembler.assemble(
              "SAF-01",
              e.getKey(),
              only(l, ScoreObservation.class),
              only(l, InfusionObservation.class),
              only(l, SubjectObservation.class),
              only(l, VitalObservation.class),
              only(l, AdverseEventObservation.class),
              List.of());
      vitals.addAll(a.vitalSigns());
      events.addAll(a.adverseEvents());
      findings.addAll(a.rejects());
      findings.addAll(a.warnings());
    }
    return new Read(vitals, events, findings);
  }

  private static <T> List<T> only(List<Object> l, Class<T> type) {
    return l.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static List<String> key(List<VitalSign> v) {
    return v.stream()
        .map(
            x ->
                x.subjectId()
                    + " "
                    + x.day()
                    + " "
                    + x.minutesFromStart()
                    + " "
                    + x.test()
                    + " "
                    + x.value())
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "sdtm", "sdtm-xpt", "redcap", "fhir"})
  void everyFormatReadsBackTheSameVitalSigns(String format) throws IOException {
    SyntheticStudy s = study();
    Read r = roundTrip(format);
    assertThat(r.findings()).isEmpty();
    assertThat(key(r.vitals())).isEqualTo(key(s.vitalSigns()));
    if (!format.equals("redcap") && !format.equals("fhir")) {
      assertThat(r.events()).hasSize(s.adverseEvents().size());
      Map<String, Long> byTerm = new HashMap<>();
      r.events().forEach(e -> byTerm.merge(e.term(), 1L, Long::sum));
      Map<String, Long> expected = new HashMap<>();
      s.adverseEvents().forEach(e -> expected.merge(e.term(), 1L, Long::sum));
      assertThat(byTerm).isEqualTo(expected);
    }
  }
}
