package org.infusionoutcomes.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * A parsed and validated user mapping file ({@code <name>.mapping.yaml}, {@code .yml} or {@code
 * .json}): either {@code format: mapped} with {@code tables} describing CSV/TSV files, or {@code
 * format: redcap} renaming the fields of REDCap exports. Every unknown key, wrong type, unknown
 * scale or item and bad date pattern is a {@link DefinitionException} naming the file and the key.
 * The syntax is documented in {@code docs/formats.md}.
 *
 * @param ref the mapping file as shipped to readers
 * @param format {@link SourceFormat#MAPPED} or {@link SourceFormat#REDCAP}
 * @param studyId a study id for every record of the files it maps, or null
 * @param tables the tables of a {@code mapped} file (empty for {@code redcap})
 * @param redcap the field names of a {@code redcap} file (null for {@code mapped})
 */
public record MappingFile(
    MappingRef ref,
    SourceFormat format,
    String studyId,
    List<MappedTable> tables,
    RedcapMapping redcap) {
  private static final Set<String> TOP_MAPPED = Set.of("format", "study_id", "tables");
  private static final Set<String> TOP_REDCAP =
      Set.of("format", "study_id", "files", "fields", "scales", "infusion");
  private static final Set<String> TABLE_KEYS =
      Set.of(
          "files",
          "missing_values",
          "where",
          "study_id",
          "site_id",
          "subject_id",
          "visit",
          "date",
          "time",
          "study_day",
          "scores",
          "scale",
          "item",
          "score",
          "score_values",
          "infusions",
          "demographics",
          "vitals",
          "minutes_from_start");

  public MappingFile {
    tables = List.copyOf(tables);
  }

  /**
   * Whether a file name is a mapping file: {@code *.mapping.yaml}, {@code .yml} or {@code .json}.
   */
  public static boolean isMappingFile(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return n.endsWith(".mapping.yaml") || n.endsWith(".mapping.yml") || n.endsWith(".mapping.json");
  }

  /**
   * The mapping file's own path relative to the input root, as {@link MappingRef#file()} gives it.
   */
  public String file() {
    return ref.file();
  }

  /** Whether the mapping applies to a data file (path relative to the input root). */
  public boolean appliesTo(String relativePath) {
    return format == SourceFormat.REDCAP
        ? redcap.appliesTo(relativePath)
        : tableFor(relativePath).isPresent();
  }

  /** The first table whose file patterns match {@code relativePath}. */
  public Optional<MappedTable> tableFor(String relativePath) {
    return tables.stream().filter(t -> t.appliesTo(relativePath)).findFirst();
  }

  /**
   * Parses and validates a mapping file against the scales of {@code registry}.
   *
   * @throws DefinitionException naming the file and key of the first problem
   */
  public static MappingFile parse(MappingRef ref, ScaleRegistry registry) {
    FieldReader r =
        FieldReader.parse(
            ref.file(), new ByteArrayInputStream(ref.text().getBytes(StandardCharsets.UTF_8)));
    String format = r.optionalChoice("format", List.of("mapped", "redcap"), "mapped");
    String studyId = r.optionalText("study_id").orElse(null);
    String base = PathGlob.folderOf(ref.file());
    if (format.equals("redcap")) {
      r.rejectUnknownKeys(TOP_REDCAP);
      return new MappingFile(
          ref, SourceFormat.REDCAP, studyId, List.of(), redcap(r, base, registry));
    }
    r.rejectUnknownKeys(TOP_MAPPED);
    List<FieldReader> tableNodes = r.objects("tables");
    if (tableNodes.isEmpty()) {
      throw r.error("tables", "must list at least one table (files and the columns to read)");
    }
    List<MappedTable> tables = new ArrayList<>();
    for (FieldReader t : tableNodes) {
      tables.add(table(t.rejectUnknownKeys(TABLE_KEYS), base, registry));
    }
    return new MappingFile(ref, SourceFormat.MAPPED, studyId, tables, null);
  }

  private static List<PathGlob> files(FieldReader r, String base) {
    JsonNode node = r.node().get("files");
    List<String> patterns;
    if (node != null && node.isTextual()) {
      patterns = List.of(r.requiredText("files"));
    } else if (node != null && node.isArray()) {
      patterns = r.textList("files");
    } else {
      throw r.error(
          "files",
          "is required: a file pattern (or list of patterns) relative to the mapping file's folder");
    }
    if (patterns.isEmpty()) {
      throw r.error("files", "must list at least one file pattern");
    }
    List<PathGlob> globs = new ArrayList<>();
    for (String p : patterns) {
      try {
        PathGlob.regex(p);
      } catch (IllegalArgumentException e) {
        throw r.error("files", e.getMessage());
      }
      globs.add(new PathGlob(p, base));
    }
    return globs;
  }

  private static MappedTable table(FieldReader t, String base, ScaleRegistry registry) {
    List<PathGlob> files = files(t, base);
    List<String> missing = new ArrayList<>();
    JsonNode mv = t.node().get("missing_values");
    if (mv != null && !mv.isNull()) {
      if (!mv.isArray()) {
        throw t.error("missing_values", "must be a list of texts (for example [NA, n/a])");
      }
      for (JsonNode v : mv) {
        if (v.isContainerNode()) {
          throw t.error("missing_values", "must be a list of texts");
        }
        missing.add(v.isNull() ? "" : v.asText().trim());
      }
    }
    FieldSource subject = FieldSource.read(t, "subject_id");
    if (subject == null) {
      throw t.error("subject_id", "is required: the column holding the subject id");
    }
    subject.requireColumn(t.file());
    FieldSource date = FieldSource.read(t, "date");
    FieldSource studyDay = FieldSource.read(t, "study_day");

    List<MappedTable.WideScore> wide = new ArrayList<>();
    for (FieldReader s : t.objects("scores")) {
      s.rejectUnknownKeys(Set.of("column", "scale", "item"));
      ScaleDefinition scale = scale(s, "scale", s.requiredText("scale"), registry);
      wide.add(
          new MappedTable.WideScore(
              s.path(), s.requiredText("column"), scale.id(), item(s, "item", scale)));
    }
    MappedTable.LongScores longScores = null;
    boolean anyLong = t.has("scale") || t.has("item") || t.has("score");
    if (anyLong) {
      if (!wide.isEmpty()) {
        throw t.error(
            "scores",
            "a table is either wide ('scores': one column per item) or long ('scale', 'item', 'score'), not both");
      }
      FieldSource scale = FieldSource.read(t, "scale");
      FieldSource item = FieldSource.read(t, "item");
      FieldSource score = FieldSource.read(t, "score");
      for (var e :
          Map.of(
                  "scale",
                  Optional.ofNullable(scale),
                  "item",
                  Optional.ofNullable(item),
                  "score",
                  Optional.ofNullable(score))
              .entrySet()) {
        if (e.getValue().isEmpty()) {
          throw t.error(e.getKey(), "is required in a long table (scale, item and score)");
        }
      }
      score.requireColumn(t.file());
      if (scale.constant() != null) {
        scale(t, "scale", scale.constant(), registry);
      }
      longScores = new MappedTable.LongScores(scale, item, score);
    }
    Map<String, String> scoreValues = new LinkedHashMap<>();
    if (t.has("score_values")) {
      FieldReader sv = t.object("score_values");
      for (String k : sv.keys()) {
        String v = sv.requiredText(k);
        if (Numbers.parseNumber(v) == null) {
          throw sv.error(k, "must map the answer text to a number, found '" + v + "'");
        }
        scoreValues.put(k, v);
      }
    }

    List<MappedTable.InfusionSpec> infusions = new ArrayList<>();
    for (FieldReader i : t.objects("infusions")) {
      i.rejectUnknownKeys(
          Set.of(
              "when",
              "date",
              "time",
              "study_day",
              "dose_mg_per_kg",
              "dose_mg",
              "route",
              "drug",
              "course"));
      MappedTable.InfusionSpec spec =
          new MappedTable.InfusionSpec(
              i.path(),
              RowCondition.read(i, "when"),
              FieldSource.read(i, "date"),
              FieldSource.read(i, "time"),
              FieldSource.read(i, "study_day"),
              FieldSource.read(i, "dose_mg_per_kg"),
              FieldSource.read(i, "dose_mg"),
              FieldSource.read(i, "route"),
              FieldSource.read(i, "drug"),
              FieldSource.read(i, "course"));
      if (spec.date() == null && spec.studyDay() == null && date == null && studyDay == null) {
        throw i.error(
            null,
            "needs a date or study_day (its own or the table's) to place the infusion in time");
      }
      infusions.add(spec);
    }
    MappedTable.Demographics demographics = null;
    if (t.has("demographics")) {
      FieldReader d =
          t.object("demographics").rejectUnknownKeys(Set.of("sex", "age", "arm", "reference_date"));
      demographics =
          new MappedTable.Demographics(
              FieldSource.read(d, "sex"),
              FieldSource.read(d, "age"),
              FieldSource.read(d, "arm"),
              FieldSource.read(d, "reference_date"));
    }
    List<MappedTable.VitalColumn> vitals = new ArrayList<>();
    for (FieldReader v : t.objects("vitals")) {
      v.rejectUnknownKeys(Set.of("column", "test", "unit"));
      String test = v.requiredText("test");
      if (VitalTests.test(test).isEmpty()) {
        throw v.error(
            "test",
            "'"
                + test
                + "' is not a vital-sign test (SYSBP, DIABP, PULSE, SPO2, RESP, TEMP, WEIGHT, HEIGHT, BMI)");
      }
      String unit = v.has("unit") ? v.requiredText("unit") : null;
      if (unit != null) {
        try {
          VitalTests.canonical(VitalTests.test(test).orElseThrow(), "0", "value", unit, "unit");
        } catch (org.infusionoutcomes.ingest.reject.FieldProblem p) {
          if (p.rule() == org.infusionoutcomes.ingest.reject.RejectRule.INVALID_UNIT) {
            throw v.error("unit", p.getMessage());
          }
        }
      }
      vitals.add(
          new MappedTable.VitalColumn(
              v.path(),
              v.requiredText("column"),
              VitalTests.test(test).orElseThrow().code(),
              unit));
    }
    if ((wide.isEmpty() && longScores == null)
        && infusions.isEmpty()
        && demographics == null
        && vitals.isEmpty()) {
      throw t.error(
          null,
          "maps nothing: give 'scores' (wide), 'scale'/'item'/'score' (long), 'infusions', 'demographics' or 'vitals'");
    }
    if (!vitals.isEmpty() && date == null && studyDay == null) {
      throw t.error(
          "date", "a table with vitals needs 'date' or 'study_day' to place readings in time");
    }
    if ((!wide.isEmpty() || longScores != null) && date == null && studyDay == null) {
      throw t.error(
          "date", "a table with scores needs 'date' or 'study_day' to place assessments in time");
    }
    return new MappedTable(
        t.path(),
        files,
        missing,
        RowCondition.read(t, "where"),
        FieldSource.read(t, "study_id"),
        FieldSource.read(t, "site_id"),
        subject,
        FieldSource.read(t, "visit"),
        date,
        FieldSource.read(t, "time"),
        studyDay,
        wide,
        longScores,
        scoreValues,
        infusions,
        demographics,
        vitals,
        FieldSource.read(t, "minutes_from_start"));
  }

  private static ScaleDefinition scale(
      FieldReader r, String key, String name, ScaleRegistry registry) {
    return registry.require(r, key, name);
  }

  private static int item(FieldReader r, String key, ScaleDefinition scale) {
    String text = r.requiredText(key);
    if (text.equalsIgnoreCase("total")) {
      return ItemRef.TOTAL;
    }
    Integer n = Numbers.parse(text);
    if (n == null || n < 1 || n > scale.itemCount()) {
      throw r.error(
          key,
          "must be 1.."
              + scale.itemCount()
              + " or 'total' for "
              + scale.id()
              + ", found '"
              + text
              + "'");
    }
    return n;
  }

  private static RedcapMapping redcap(FieldReader r, String base, ScaleRegistry registry) {
    List<PathGlob> files = files(r, base);
    FieldReader f =
        r.object("fields")
            .rejectUnknownKeys(Set.of("record_id", "study_id", "site_id", "sex", "age", "arm"));
    Map<String, RedcapMapping.ScaleFields> scales = new LinkedHashMap<>();
    FieldReader s = r.object("scales");
    for (String name : s.keys()) {
      ScaleDefinition scale = scale(s, name, name, registry);
      FieldReader sf =
          s.object(name).rejectUnknownKeys(Set.of("items", "total", "date", "time", "timestamp"));
      List<String> items = sf.has("items") ? sf.textList("items") : null;
      if (items != null && items.size() != scale.itemCount()) {
        throw sf.error(
            "items",
            "must list the "
                + scale.itemCount()
                + " item fields of "
                + scale.id()
                + " in order, found "
                + items.size());
      }
      scales.put(
          scale.id(),
          new RedcapMapping.ScaleFields(
              items,
              sf.optionalText("total").orElse(null),
              sf.optionalText("date").orElse(null),
              sf.optionalText("time").orElse(null),
              sf.optionalText("timestamp").orElse(null)));
    }
    RedcapMapping.InfusionFields infusion = null;
    if (r.has("infusion")) {
      FieldReader i =
          r.object("infusion")
              .rejectUnknownKeys(
                  Set.of("date", "time", "dose_mg_per_kg", "dose_mg", "route", "drug", "course"));
      infusion =
          new RedcapMapping.InfusionFields(
              i.optionalText("date").orElse(null),
              i.optionalText("time").orElse(null),
              i.optionalText("dose_mg_per_kg").orElse(null),
              i.optionalText("dose_mg").orElse(null),
              i.optionalText("route").orElse(null),
              i.optionalText("drug").orElse(null),
              i.optionalText("course").orElse(null));
    }
    return new RedcapMapping(
        files,
        f.optionalText("record_id").orElse(null),
        f.optionalText("study_id").orElse(null),
        f.optionalText("site_id").orElse(null),
        f.optionalText("sex").orElse(null),
        f.optionalText("age").orElse(null),
        f.optionalText("arm").orElse(null),
        scales,
        infusion);
  }
}
