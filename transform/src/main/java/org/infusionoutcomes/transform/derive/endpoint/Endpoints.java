package org.infusionoutcomes.transform.derive.endpoint;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.timeline.Extreme;

/**
 * The endpoints of one course x scale.
 *
 * @param inCourse post-baseline assessments up to {@code last_infusion_day + endpoint_window_days}
 *     and before the next course, in time order
 * @param oc the observed-case endpoint (first assessment in the endpoint window), or null
 * @param locf the LOCF endpoint: {@code oc} when there is one, else the last in-course assessment,
 *     else null (the baseline is never carried forward)
 * @param followUp durability follow-up: assessments after the OC endpoint and before the next
 *     course, in time order; empty without an OC endpoint
 */
public record Endpoints(
    List<Assessment> inCourse, Extreme oc, Extreme locf, List<Assessment> followUp) {
  public Endpoints {
    inCourse = List.copyOf(inCourse);
    followUp = List.copyOf(followUp);
  }

  /** Whether the LOCF endpoint is the OC endpoint. */
  public boolean locfFromOc() {
    return oc != null && locf == oc;
  }

  public Assessment ocRecord() {
    return oc == null ? null : oc.chosen();
  }

  public Assessment locfRecord() {
    return locf == null ? null : locf.chosen();
  }
}
