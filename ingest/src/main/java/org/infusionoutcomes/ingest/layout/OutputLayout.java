package org.infusionoutcomes.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The output layout of a run (README, "What it does"), in one place: every stage finds the tables
 * of the stages before it and places its own through this class. Paths are Hadoop URIs or local
 * paths, joined with {@code /}; nothing here touches a file system.
 */
public final class OutputLayout {
  /** Canonical tables, written by ingest. */
  public static final String NORMALIZED = "normalized";

  /** Derived tables, written by derive. */
  public static final String DERIVED = "derived";

  /** Report files, written by analyse and report. */
  public static final String REPORTS = "reports";

  /** The run manifest, at the top of the output. */
  public static final String MANIFEST = "run-manifest.json";

  /** Canonical table: one row per scored assessment. */
  public static final String ASSESSMENTS = "assessments";

  /** Canonical table: one row per infusion. */
  public static final String INFUSIONS = "infusions";

  /** Canonical table: one row per subject. */
  public static final String SUBJECTS = "subjects";

  /** Canonical table: one row per vital-sign reading (docs/formats.md, "Vital signs"). */
  public static final String VITAL_SIGNS = "vital_signs";

  /** Canonical table: one row per adverse event (docs/formats.md, "Adverse events"). */
  public static final String ADVERSE_EVENTS = "adverse_events";

  /** Canonical table: every rejected record with its raw text and rule. */
  public static final String REJECTS = "rejects";

  /** Canonical table: records accepted with a warning. */
  public static final String WARNINGS = "warnings";

  /** Derived table: infusion courses. */
  public static final String COURSES = "courses";

  /** Derived table: one row per assessment of a course with its change from baseline. */
  public static final String VISIT_OUTCOMES = "visit_outcomes";

  /** Derived table: one row per course, scale and endpoint. */
  public static final String COURSE_OUTCOMES = "course_outcomes";

  /** Derived table: time-to-event rows. */
  public static final String TTE = "tte";

  /** Derived table: one row per infusion x vital-sign test (and CADSS) with a placed reading. */
  public static final String INFUSION_SAFETY = "infusion_safety";

  /** Derived table: every vital-sign and CADSS reading with its placement on an infusion. */
  public static final String SAFETY_READINGS = "safety_readings";

  /** Derived table: every adverse event with its course and status (TEAE or why not). */
  public static final String ADVERSE_EVENT_COURSES = "adverse_event_courses";

  /** Derived table: suicidality items per ITT course x scale. */
  public static final String COURSE_SAFETY = "course_safety";

  /** Derived table: the factors of each course and scale (who responds). */
  public static final String COURSE_FACTORS = "course_factors";

  /** Canonical table: one row per medication record (docs/formats.md, "Medications"). */
  public static final String MEDICATIONS = "medications";

  private static final String[] FINDING_KEYS = {
    "file_order", "source_line", "rule_id", "source_column", "reason"
  };

  /** The canonical tables in the order ingest writes them. */
  public static final List<String> NORMALIZED_TABLES =
      List.of(
          ASSESSMENTS,
          INFUSIONS,
          SUBJECTS,
          VITAL_SIGNS,
          ADVERSE_EVENTS,
          MEDICATIONS,
          REJECTS,
          WARNINGS);

  /** The derived tables in the order derive writes them. */
  public static final List<String> DERIVED_TABLES =
      List.of(
          COURSES,
          VISIT_OUTCOMES,
          COURSE_OUTCOMES,
          TTE,
          COURSE_FACTORS,
          INFUSION_SAFETY,
          SAFETY_READINGS,
          ADVERSE_EVENT_COURSES,
          COURSE_SAFETY);

  /** The columns {@code study_id}, {@code subject_id} and then {@code more}. */
  private static List<String> bySubject(String... more) {
    List<String> keys = new ArrayList<>(List.of("study_id", "subject_id"));
    keys.addAll(List.of(more));
    return List.copyOf(keys);
  }

  /**
   * The row order of every table: the columns each is sorted by when written, so that the same
   * input gives the same files.
   */
  private static final Map<String, List<String>> SORT_KEYS =
      Map.ofEntries(
          Map.entry(ASSESSMENTS, bySubject("scale", "day", "assessment_time", "visit")),
          Map.entry(INFUSIONS, bySubject("day", "infusion_time")),
          Map.entry(SUBJECTS, bySubject()),
          Map.entry(VITAL_SIGNS, bySubject("test", "day", "measured_time", "minutes_from_start")),
          Map.entry(ADVERSE_EVENTS, bySubject("onset_day", "term", "source_line")),
          Map.entry(MEDICATIONS, bySubject("drug", "start_date", "start_day", "source_line")),
          Map.entry(REJECTS, List.of(FINDING_KEYS)),
          Map.entry(WARNINGS, List.of(FINDING_KEYS)),
          Map.entry(COURSES, bySubject("course_number")),
          Map.entry(
              VISIT_OUTCOMES,
              bySubject(
                  "course_number",
                  "scale",
                  "day",
                  "assessment_time",
                  "source_file",
                  "source_line")),
          Map.entry(COURSE_OUTCOMES, bySubject("course_number", "scale")),
          Map.entry(TTE, bySubject("course_number", "scale", "endpoint", "relapse_rule")),
          Map.entry(COURSE_FACTORS, bySubject("course_number", "scale")),
          Map.entry(INFUSION_SAFETY, bySubject("course_number", "infusion_number", "test")),
          Map.entry(SAFETY_READINGS, bySubject("test", "day", "source_file", "source_line")),
          Map.entry(ADVERSE_EVENT_COURSES, bySubject("source_file", "source_line")),
          Map.entry(COURSE_SAFETY, bySubject("course_number", "scale")));

  private final String root;

  private OutputLayout(String root) {
    this.root = root;
  }

  /** The layout under {@code outputDir}. */
  public static OutputLayout of(String outputDir) {
    String r = outputDir;
    while (r.length() > 1 && r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return new OutputLayout(r);
  }

  /** The columns {@code table} is sorted by when written (its row order). */
  public static String[] sortKeys(String table) {
    List<String> keys = SORT_KEYS.get(table);
    if (keys == null) {
      throw new IllegalArgumentException("no table " + table);
    }
    return keys.toArray(String[]::new);
  }

  /** The output directory itself. */
  public String root() {
    return root;
  }

  /** The folder of a canonical table. */
  public String normalized(String table) {
    return join(root, relativeNormalized(table));
  }

  /** The folder of a derived table. */
  public String derived(String table) {
    return join(root, relativeDerived(table));
  }

  /** The reports folder. */
  public String reports() {
    return join(root, REPORTS);
  }

  /** A file in the reports folder. */
  public String report(String fileName) {
    return join(root, relativeReport(fileName));
  }

  /** The run manifest. */
  public String manifest() {
    return join(root, MANIFEST);
  }

  /** A canonical table relative to the output directory, as the manifest lists it. */
  public static String relativeNormalized(String table) {
    return NORMALIZED + "/" + table;
  }

  /** A derived table relative to the output directory, as the manifest lists it. */
  public static String relativeDerived(String table) {
    return DERIVED + "/" + table;
  }

  /** A report file relative to the output directory, as the manifest lists it. */
  public static String relativeReport(String fileName) {
    return REPORTS + "/" + fileName;
  }

  private static String join(String parent, String child) {
    return parent.endsWith("/") ? parent + child : parent + "/" + child;
  }
}
