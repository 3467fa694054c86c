package org.infusionoutcomes.transform.derive.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.transform.derive.timeline.Chronology;

/**
 * Splits one subject's infusions into courses (docs/definitions.md, "Course").
 *
 * <ul>
 *   <li>Infusions are sorted by day and time; identical infusions (same day and time of day, both
 *       untimed counting as the same) collapse into one, keeping the record from the later source
 *       file and line, as the snapshot rule does (docs/definitions.md, "Course").
 *   <li>If any infusion of the subject carries a label, courses follow the labels
 *       (docs/definitions.md, "Course"): one course per distinct label, numbered by first infusion,
 *       and the gap rule is not applied. An infusion without a label joins the course of the
 *       closest labelled infusion before it; unlabelled infusions before the first labelled one
 *       join the first labelled course.
 *   <li>Otherwise a new course starts when the gap to the previous infusion exceeds {@code
 *       course_gap_days}.
 * </ul>
 */
public final class CourseSplitter {
  private final int courseGapDays;

  /** A splitter with the configured {@code course_gap_days}. */
  public CourseSplitter(int courseGapDays) {
    this.courseGapDays = courseGapDays;
  }

  /** The courses of one subject, numbered from 1; empty without infusions. */
  public List<InfusionCourse> split(List<Infusion> infusions) {
    List<Infusion> sorted = collapseIdentical(infusions);
    if (sorted.isEmpty()) {
      return List.of();
    }
    boolean labelled = sorted.stream().anyMatch(i -> label(i) != null);
    return labelled ? byLabel(sorted) : byGap(sorted);
  }

  /** The label of an infusion, trimmed; null when absent or blank. */
  public static String label(Infusion infusion) {
    String l = infusion.courseLabel();
    if (l == null || l.isBlank()) {
      return null;
    }
    return l.strip();
  }

  private static List<Infusion> collapseIdentical(List<Infusion> infusions) {
    List<Infusion> sorted = new ArrayList<>(infusions);
    sorted.sort(Chronology.INFUSION_ORDER);
    List<Infusion> kept = new ArrayList<>();
    for (Infusion i : sorted) {
      if (!kept.isEmpty()) {
        Infusion prev = kept.get(kept.size() - 1);
        if (prev.day() == i.day() && Objects.equals(prev.infusionTime(), i.infusionTime())) {
          // same day and time: the later source record (sorted last) wins
          kept.set(kept.size() - 1, i);
          continue;
        }
      }
      kept.add(i);
    }
    return kept;
  }

  private List<InfusionCourse> byGap(List<Infusion> sorted) {
    List<InfusionCourse> courses = new ArrayList<>();
    List<Infusion> current = new ArrayList<>();
    for (Infusion i : sorted) {
      if (!current.isEmpty() && i.day() - current.get(current.size() - 1).day() > courseGapDays) {
        courses.add(new InfusionCourse(courses.size() + 1, null, CourseRule.GAP, current, 0));
        current = new ArrayList<>();
      }
      current.add(i);
    }
    courses.add(new InfusionCourse(courses.size() + 1, null, CourseRule.GAP, current, 0));
    return courses;
  }

  private static List<InfusionCourse> byLabel(List<Infusion> sorted) {
    // insertion order = order of each label's first labelled infusion
    Map<String, List<Infusion>> byLabel = new LinkedHashMap<>();
    Map<String, Integer> byPosition = new LinkedHashMap<>();
    List<Infusion> leading = new ArrayList<>();
    String current = null;
    for (Infusion i : sorted) {
      String l = label(i);
      if (l != null) {
        current = l;
        byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
      } else if (current != null) {
        byLabel.get(current).add(i);
        byPosition.merge(current, 1, Integer::sum);
      } else {
        leading.add(i);
      }
    }
    String firstLabel = byLabel.keySet().iterator().next();
    byLabel.get(firstLabel).addAll(0, leading);
    byPosition.merge(firstLabel, leading.size(), Integer::sum);

    List<InfusionCourse> courses = new ArrayList<>();
    for (Map.Entry<String, List<Infusion>> e : byLabel.entrySet()) {
      List<Infusion> course = new ArrayList<>(e.getValue());
      course.sort(Chronology.INFUSION_ORDER);
      courses.add(
          new InfusionCourse(
              courses.size() + 1,
              e.getKey(),
              CourseRule.LABEL,
              course,
              byPosition.getOrDefault(e.getKey(), 0)));
    }
    return courses;
  }
}
