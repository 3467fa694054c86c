package org.infusionoutcomes.ingest.mapping;

import java.util.List;
import java.util.Map;

/**
 * Project-specific REDCap field names ({@code format: redcap} mapping files). Every name left out
 * keeps its default (see {@code docs/formats.md}).
 *
 * @param files the file patterns the mapping applies to
 * @param recordId the record id field, or null ({@code record_id}, else the first column)
 * @param studyIdField a field holding the study id, or null
 * @param siteId a field holding the site id, or null ({@code site_id}, else the data access group)
 * @param sex sex field, or null ({@code sex})
 * @param age age field, or null ({@code age})
 * @param arm arm field, or null ({@code arm})
 * @param scales field names per canonical scale id
 * @param infusion infusion field names, or null
 */
public record RedcapMapping(
    List<PathGlob> files,
    String recordId,
    String studyIdField,
    String siteId,
    String sex,
    String age,
    String arm,
    Map<String, ScaleFields> scales,
    InfusionFields infusion) {

  public RedcapMapping {
    files = List.copyOf(files);
    scales = Map.copyOf(scales);
  }

  /**
   * Field names of one scale; null entries keep the registry's default.
   *
   * @param items the item fields 1..N, or null
   * @param total total field, or null
   * @param date assessment date (or date-time) field, or null
   * @param time time-of-day field, or null
   * @param timestamp survey timestamp field, used when the date field is empty, or null
   */
  public record ScaleFields(
      List<String> items, String total, String date, String time, String timestamp) {}

  /**
   * Field names of the infusion instrument; null entries keep the defaults ({@code infusion_date}
   * ...).
   */
  public record InfusionFields(
      String date,
      String time,
      String doseMgPerKg,
      String doseMg,
      String route,
      String drug,
      String course) {

    /** These names, with {@code defaults} where none is given. */
    public InfusionFields orDefaults(InfusionFields defaults) {
      return new InfusionFields(
          or(date, defaults.date),
          or(time, defaults.time),
          or(doseMgPerKg, defaults.doseMgPerKg),
          or(doseMg, defaults.doseMg),
          or(route, defaults.route),
          or(drug, defaults.drug),
          or(course, defaults.course));
    }

    /** The names given, in declaration order. */
    public List<String> all() {
      return java.util.stream.Stream.of(date, time, doseMgPerKg, doseMg, route, drug, course)
          .filter(java.util.Objects::nonNull)
          .toList();
    }

    private static String or(String a, String b) {
      return a != null ? a : b;
    }
  }

  /** Whether this mapping applies to a file (path relative to the input root). */
  public boolean appliesTo(String relativePath) {
    return files.stream().anyMatch(g -> g.matches(relativePath));
  }
}
