package org.infusionoutcomes.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-mail address, a telephone or social security number, or a labelled record number or date of
 * birth in a free-text value of any format refuses that record as a direct identifier without its
 * text; the data-samples (dates, ids such as KETA-01-001, MedDRA terms, decimals, FHIR date-times
 * and codes) trigger nothing.
 */
class IdentifierInValuesTest {
  @TempDir Path tmp;

  private static final Path SAMPLES = Path.of("../data-samples").toAbsolutePath().normalize();

  /** A planted value: file, physical line, text replaced, its replacement, the column named. */
  private record Plant(
      String file, int line, String from, String to, String planted, String column) {}

  private static final List<Plant> PLANTS =
      List.of(
          new Plant(
              "generic/adverse_events.csv",
              2,
              "Nausea,Nausea",
              "Nausea after a call from 555-123-4567,Nausea",
              "555-123-4567",
              "term"),
          new Plant(
              "generic/scores.csv", 3, "Baseline", "Baseline 123-45-6789", "123-45-6789", "visit"),
          new Plant(
              "sdtm/ae.csv",
              2,
              "Felt detached from body",
              "Felt detached - wrote to jane.roe@example.org",
              "jane.roe@example.org",
              "AETERM"),
          new Plant(
              "redcap/redcap_export.csv",
              2,
              "IV ketamine",
              "IV ketamine MRN: 00482913",
              "00482913",
              "arm"),
          new Plant(
              "fhir/KETA-05/MedicationAdministration.ndjson",
              1,
              "\"text\":\"ketamine\"",
              "\"text\":\"ketamine, DOB 03/14/1961\"",
              "03/14/1961",
              "medicationCodeableConcept.text"),
          new Plant(
              "site-export/visits.csv",
              2,
              "Baseline",
              "Baseline +44 20 7946 0958",
              "+44 20 7946 0958",
              "visit"));

  @Test
  void theSamplesHoldNoIdentifierValues() throws Exception {
    Map<String, SinkRecorder> read = samples();
    assertThat(read).hasSizeGreaterThan(10);
    read.forEach(
        (file, sink) ->
            assertThat(sink.rejects(RejectRule.DIRECT_IDENTIFIER_VALUE))
                .as("false positives in " + file)
                .isEmpty());
  }

  @Test
  void aPlantedIdentifierRefusesItsRecordInEveryFormat() throws Exception {
    Path tree = tmp.resolve("planted");
    copy(SAMPLES, tree);
    for (Plant p : PLANTS) {
      Path f = tree.resolve(p.file());
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      String line = lines.get(p.line() - 1);
      assertThat(line).as(p.file()).contains(p.from());
      lines.set(p.line() - 1, line.replaceFirst(java.util.regex.Pattern.quote(p.from()), p.to()));
      Files.write(f, lines, StandardCharsets.UTF_8);
    }
    Map<String, SinkRecorder> read = readTree(tree);
    for (Plant p : PLANTS) {
      SinkRecorder sink = read.get(p.file());
      assertThat(sink).as(p.file()).isNotNull();
      List<Reject> refused = sink.rejects(RejectRule.DIRECT_IDENTIFIER_VALUE);
      assertThat(refused).as(p.file()).hasSize(1);
      Reject r = refused.get(0);
      assertThat(r.origin().line()).as(p.file()).isEqualTo(p.line());
      assertThat(r.column()).as(p.file()).isEqualTo(p.column());
      assertThat(r.origin().rawRecord()).as("raw text withheld").isNull();
      assertThat(r.message()).contains(p.file(), ":" + p.line(), "direct_identifier_value");
      String at = r.origin().file() + ":" + p.line();
      assertThat(sink.acceptedRecords())
          .as("no observation of the refused record")
          .doesNotContain(at);
      assertThat(sink.rejects().stream().filter(x -> x.origin().line() == p.line()))
          .as("one finding for the record")
          .hasSize(1);
    }
    // Nothing of any planted value is left in anything the readers produced.
    read.forEach(
        (file, sink) -> {
          String everything =
              sink.rejects()
                  + " "
                  + sink.scores()
                  + sink.infusions()
                  + sink.subjects()
                  + sink.vitals()
                  + sink.adverseEvents();
          for (Plant p : PLANTS) {
            assertThat(everything).as(file).doesNotContain(p.planted());
          }
        });
    // The rest of each file is read as before.
    Map<String, SinkRecorder> original = samples();
    for (Plant p : PLANTS) {
      assertThat(READ.get(read.get(p.file()))).isEqualTo(READ.get(original.get(p.file())));
      assertThat(read.get(p.file()).acceptedRecords())
          .hasSizeGreaterThanOrEqualTo(original.get(p.file()).acceptedRecords().size() - 1);
    }
  }

  @Test
  void aFileLevelMessageHasTheValueWithheld() {
    Reject r =
        new Reject(
            new org.infusionoutcomes.ingest.source.Origin(
                0, "file:/x.csv", 0, org.infusionoutcomes.ingest.source.SourceFormat.FHIR, null),
            null,
            RejectRule.UNREADABLE_FILE,
            "Unexpected character near 'jane.roe@example.org'",
            "S",
            null);
    assertThat(IdentifierScreen.redacted(r).reason())
        .doesNotContain("jane.roe@example.org")
        .contains("[withheld]");
  }

  private static Map<String, SinkRecorder> samples;

  /** The data-samples as read (once for the class). */
  private static synchronized Map<String, SinkRecorder> samples() throws Exception {
    if (samples == null) {
      samples = readTree(SAMPLES);
    }
    return samples;
  }

  /** Records read per sink (what {@link FileIngest#read} returned). */
  private static final Map<SinkRecorder, Long> READ = new java.util.IdentityHashMap<>();

  private static Map<String, SinkRecorder> readTree(Path tree) throws Exception {
    InputPlan plan =
        InputDiscovery.discover(
            new Configuration(), List.of(tree.toString()), null, null, Set.of());
    ReadContext context = new ReadContext(ScaleRegistry.shipped());
    Map<String, SinkRecorder> out = new LinkedHashMap<>();
    for (SourceFile file : plan.toRead()) {
      SinkRecorder sink = new SinkRecorder();
      try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(file.path())))) {
        READ.put(sink, FileIngest.read(file, in, context, sink));
      }
      out.put(file.relativePath(), sink);
    }
    return out;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }
}
