package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.scale.ScaleFile;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed inputs without Spark: what its key depends on, the renumbering of records to
 * the current input order, and reading back what an executor wrote (or failing to, as a miss).
 */
class ParsedInputCacheTest {
  private static final ScaleRegistry SHIPPED = ScaleRegistry.shipped();
  private static final String PATH = "file:/landing/S1/scores.csv";
  private static final String SHA = "a".repeat(64);

  @TempDir Path tmp;

  private static SourceFile file(int order, MappingRef mapping) {
    return new SourceFile(PATH, "S1/scores.csv", order, SourceFormat.GENERIC_SCORES, "S1", mapping);
  }

  private static ParsedInputCache cache(String settings, String sha) {
    return ParsedInputCache.at("file:/wh/state", settings, Map.of(PATH, sha));
  }

  private static Origin origin(int order) {
    return new Origin(order, PATH, 12, SourceFormat.GENERIC_SCORES, "S1,001,MADRS,1,3");
  }

  /** A MADRS item 1 score of subject 001 on 2024-02-05 at {@code time}. */
  static ParsedRecord score(Origin o, LocalTime time) {
    return ParsedRecord.of(
        new ScoreObservation(
            "S1",
            null,
            "001",
            "MADRS",
            1,
            "3",
            "score",
            LocalDate.of(2024, 2, 5),
            null,
            time,
            "V1",
            o,
            40));
  }

  /** One record of every payload kind, all from a file at {@code order}. */
  static List<ParsedRecord> everyKind(int order) {
    Origin o = origin(order);
    LocalDate d = LocalDate.of(2024, 2, 5);
    List<ParsedRecord> out = new ArrayList<>();
    out.add(score(o, LocalTime.NOON));
    out.add(
        ParsedRecord.of(
            new InfusionObservation(
                "S1", "X", "001", d, 1, null, 0.5, 35.0, "IV", "ketamine", "C1", o)));
    out.add(ParsedRecord.of(new SubjectObservation("S1", "001", null, "F", 40, "A", d, o)));
    out.add(
        ParsedRecord.of(
            new VitalObservation(
                "S1", null, "001", "SYSBP", 150, "mmHg", d, null, null, 30, "SITTING", o)));
    out.add(
        ParsedRecord.of(
            new AdverseEventObservation(
                "S1", null, "001", "nausea", "Nausea", "GI", "MILD", false, "RELATED", d, null,
                null, null, o)));
    out.add(
        ParsedRecord.of(
            new MedicationObservation(
                "S1",
                null,
                "001",
                "sertraline",
                null,
                null,
                "2023",
                null,
                null,
                null,
                true,
                50.0,
                "mg",
                "PO",
                "QD",
                o)));
    out.add(
        ParsedRecord.of(
            new Reject(o, "score", RejectRule.UNREADABLE_FILE, "bad value 'x'", "S1", "001")));
    out.add(ParsedRecord.of(new FileStat(order, PATH, 6, SHA, 0)));
    out.add(ParsedRecord.of(new PartStat(order, 2, 6, false)));
    return out;
  }

  @Test
  void theKeyChangesWithEverythingTheParseDependsOnButNotWithTheFilesPosition() throws Exception {
    String key = cache("tool 1", SHA).key(file(0, null), SHIPPED, 1000);

    assertThat(key).matches("[0-9a-f]{64}");
    assertThat(cache("tool 1", SHA).key(file(7, null), SHIPPED, 1000))
        .as("the position in the input order")
        .isEqualTo(key);
    assertThat(cache("tool 1", "b".repeat(64)).key(file(0, null), SHIPPED, 1000))
        .as("the content")
        .isNotEqualTo(key);
    assertThat(cache("tool 2", SHA).key(file(0, null), SHIPPED, 1000))
        .as("tool version and ingest settings")
        .isNotEqualTo(key);
    assertThat(cache("tool 1", SHA).key(file(0, null), SHIPPED, 2000))
        .as("the part size of large files")
        .isNotEqualTo(key);
    String mapped =
        cache("tool 1", SHA).key(file(0, new MappingRef("m.yaml", "a: 1")), SHIPPED, 1000);
    assertThat(mapped).as("an assigned mapping file").isNotEqualTo(key);
    assertThat(cache("tool 1", SHA).key(file(0, new MappingRef("m.yaml", "a: 2")), SHIPPED, 1000))
        .as("the mapping file's content")
        .isNotEqualTo(mapped);
    byte[] madrs;
    try (InputStream in = ScaleRegistry.class.getResourceAsStream("/scales/madrs.yaml")) {
      madrs = in.readAllBytes();
    }
    ScaleRegistry user = SHIPPED.withScaleFiles(List.of(new ScaleFile("/cfg/madrs.yaml", madrs)));
    assertThat(cache("tool 1", SHA).key(file(0, null), user, 1000))
        .as("a user scale definition file")
        .isNotEqualTo(key);
    SourceFile moved =
        new SourceFile(
            "file:/landing/S2/scores.csv",
            "S2/scores.csv",
            0,
            SourceFormat.GENERIC_SCORES,
            "S1",
            null);
    assertThat(
            ParsedInputCache.at("file:/wh/state", "tool 1", Map.of(moved.path(), SHA))
                .key(moved, SHIPPED, 1000))
        .as("the path, which every record and message names")
        .isNotEqualTo(key);
    assertThat(
            cache("tool 1", SHA)
                .key(
                    new SourceFile(
                        "file:/other.csv", "other.csv", 0, SourceFormat.GENERIC_SCORES, "S1", null),
                    SHIPPED,
                    1000))
        .as("a file whose checksum is not known")
        .isNull();
  }

  @Test
  void renumberingMovesEveryPayloadToTheNewPositionAndChangesNothingElse() {
    List<ParsedRecord> before = everyKind(3);
    for (ParsedRecord r : before) {
      ParsedRecord moved = r.withFileOrder(8);

      assertThat(moved.fileOrder()).as(r.kind()).isEqualTo(8);
      assertThat(moved.kind()).isEqualTo(r.kind());
      assertThat(moved.withFileOrder(3)).as(r.kind() + " moved back").isEqualTo(r);
      assertThat(moved).as(r.kind()).isNotEqualTo(r);
    }
    ParsedRecord score = before.get(0).withFileOrder(8);
    assertThat(score.score().origin()).isEqualTo(origin(3).withFileOrder(8));
    assertThat(score.score().origin().rawRecord()).isEqualTo("S1,001,MADRS,1,3");
    assertThat(score.score().minutesFromStart()).isEqualTo(40);
    assertThat(before.get(0).withFileOrder(3)).isSameAs(before.get(0));
  }

  @Test
  void whatAnExecutorWroteIsReadBackRenumberedAndAnUnreadablePartIsAMiss() throws Exception {
    Configuration conf = new Configuration();
    Path dir = tmp.resolve("entry");
    List<ParsedRecord> records = everyKind(2);
    List<ParsedInputCache.StoredPart> written =
        ParsedInputCache.writeParts(4, records.iterator(), Map.of(2, dir.toUri().toString()), conf);

    assertThat(written).hasSize(1);
    ParsedInputCache.StoredPart part = written.get(0);
    assertThat(part.name()).isEqualTo("part-00004");
    assertThat(part.records()).as("statistics are not stored").isEqualTo(7);
    SourceFile now = file(5, null);
    FileStat stat = new FileStat(5, PATH, 6, SHA, 0);
    List<ParsedRecord> loaded = new ArrayList<>();
    ParsedInputCache.load(
            new ParsedInputCache.LoadTask(
                now, dir.resolve(part.name()).toUri().toString(), 0, part.records(), stat),
            conf)
        .forEachRemaining(loaded::add);

    List<ParsedRecord> expected = new ArrayList<>();
    expected.add(ParsedRecord.of(stat));
    records.subList(0, 7).forEach(r -> expected.add(r.withFileOrder(5)));
    assertThat(loaded).containsExactlyElementsOf(expected);

    Files.write(dir.resolve(part.name()), "not an entry".getBytes(StandardCharsets.UTF_8));
    List<ParsedRecord> corrupt = new ArrayList<>();
    ParsedInputCache.load(
            new ParsedInputCache.LoadTask(
                now, dir.resolve(part.name()).toUri().toString(), 0, part.records(), stat),
            conf)
        .forEachRemaining(corrupt::add);
    assertThat(corrupt).hasSize(1);
    assertThat(corrupt.get(0).kind()).isEqualTo(ParsedRecord.CACHE_MISS);
    assertThat(ParsedInputCache.missed(corrupt)).containsExactly(5);
  }

  @Test
  void theSchemaFingerprintIsStableAndDiffersBetweenTypes() {
    assertThat(ParsedInputCache.schemaOf(ParsedRecord.class))
        .isEqualTo(ParsedInputCache.schemaOf(ParsedRecord.class))
        .isNotEqualTo(ParsedInputCache.schemaOf(FileStat.class));
  }
}
