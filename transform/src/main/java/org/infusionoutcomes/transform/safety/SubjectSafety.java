package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.util.List;

/**
 * The safety derivations of one subject.
 *
 * @param infusionSafety one row per infusion x test with a placed reading
 * @param readings every vital-sign and CADSS reading with its placement
 * @param adverseEvents every adverse event with its course and status
 * @param suicidality one row per ITT course x scale with a suicidality item
 */
public record SubjectSafety(
    List<InfusionSafety> infusionSafety,
    List<SafetyReading> readings,
    List<AdverseEventCourse> adverseEvents,
    List<CourseSuicidality> suicidality)
    implements Serializable {
  public SubjectSafety {
    infusionSafety = List.copyOf(infusionSafety);
    readings = List.copyOf(readings);
    adverseEvents = List.copyOf(adverseEvents);
    suicidality = List.copyOf(suicidality);
  }
}
