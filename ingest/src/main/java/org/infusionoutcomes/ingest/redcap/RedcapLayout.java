package org.infusionoutcomes.ingest.redcap;

import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.mapping.RedcapMapping;
import org.infusionoutcomes.ingest.mapping.RedcapMapping.InfusionFields;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;

/**
 * Which REDCap field holds what: the registry's default field names ({@code madrs_1} ... {@code
 * madrs_total}, {@code madrs_date}; docs/formats.md, "REDCap raw CSV export"), the infusion
 * instrument's fields, and optional subject fields, each overridable by a {@code format: redcap}
 * mapping file.
 *
 * @param recordId the record id field, or null for {@code record_id}, else the first column
 * @param studyId a field holding the study id, or null for {@code study_id} (when it is not the
 *     record id field)
 * @param siteId a field holding the site, or null for {@code site_id}, else {@code
 *     redcap_data_access_group}
 * @param studyConstant a study id for every record (from the mapping file), or null
 * @param scales the field names of each scale with any
 * @param infusion the infusion fields
 * @param sex sex field
 * @param age age field
 * @param arm arm field
 */
public record RedcapLayout(
    String recordId,
    String studyId,
    String siteId,
    String studyConstant,
    List<ScaleFields> scales,
    InfusionFields infusion,
    String sex,
    String age,
    String arm) {

  public RedcapLayout {
    scales = List.copyOf(scales);
  }

  /**
   * The fields of one scale.
   *
   * @param scale the scale
   * @param items item fields 1..N (a null entry: the item has no field)
   * @param total total field, or null
   * @param date date or date-time field, or null
   * @param time time-of-day field, or null
   * @param timestamp survey timestamp field used when the date is empty, or null
   */
  public record ScaleFields(
      ScaleDefinition scale,
      List<String> items,
      String total,
      String date,
      String time,
      String timestamp) {
    public ScaleFields {
      items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** Every field that carries a score. */
    List<String> valueFields() {
      List<String> out = new ArrayList<>();
      items.stream().filter(java.util.Objects::nonNull).forEach(out::add);
      if (total != null) {
        out.add(total);
      }
      return out;
    }
  }

  /**
   * The default infusion fields: {@code infusion_date, infusion_dose_mgkg} (docs/formats.md,
   * "REDCap raw CSV export"), plus optional ones.
   */
  public static final InfusionFields DEFAULT_INFUSION =
      new InfusionFields(
          "infusion_date",
          "infusion_time",
          "infusion_dose_mgkg",
          "infusion_dose_mg",
          "infusion_route",
          "infusion_drug",
          "infusion_course");

  /**
   * The defaults of every registered scale with REDCap field names, overridden by {@code mapping}
   * (may be null).
   */
  public static RedcapLayout of(
      ScaleRegistry registry, RedcapMapping mapping, String studyConstant) {
    List<ScaleFields> scales = new ArrayList<>();
    for (ScaleDefinition s : registry.scales()) {
      ScaleDefinition.RedcapFields d = s.codes().redcap();
      RedcapMapping.ScaleFields o = mapping == null ? null : mapping.scales().get(s.id());
      List<String> items = o != null && o.items() != null ? o.items() : d.itemFields();
      String total = o != null && o.total() != null ? o.total() : d.totalField();
      String date = o != null && o.date() != null ? o.date() : d.dateField();
      if (items.isEmpty() && total == null) {
        continue;
      }
      if (items.isEmpty()) {
        items = java.util.Collections.nCopies(s.itemCount(), null);
      }
      String time = o == null ? null : o.time();
      String timestamp =
          o != null && o.timestamp() != null ? o.timestamp() : defaultTimestamp(date);
      scales.add(new ScaleFields(s, items, total, date, time, timestamp));
    }
    InfusionFields infusion =
        mapping == null || mapping.infusion() == null
            ? DEFAULT_INFUSION
            : mapping.infusion().orDefaults(DEFAULT_INFUSION);
    return new RedcapLayout(
        mapping == null ? null : mapping.recordId(),
        mapping == null ? null : mapping.studyIdField(),
        mapping == null ? null : mapping.siteId(),
        studyConstant,
        scales,
        infusion,
        mapping != null && mapping.sex() != null ? mapping.sex() : "sex",
        mapping != null && mapping.age() != null ? mapping.age() : "age",
        mapping != null && mapping.arm() != null ? mapping.arm() : "arm");
  }

  /**
   * REDCap names a survey's timestamp {@code <instrument>_timestamp}; {@code madrs_date} suggests
   * instrument {@code madrs}.
   */
  private static String defaultTimestamp(String dateField) {
    return dateField != null && dateField.endsWith("_date")
        ? dateField.substring(0, dateField.length() - 5) + "_timestamp"
        : null;
  }
}
