package org.infusionoutcomes.transform.spark;

import java.io.Serializable;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.safety.CadssRating;

/** One row on its way to the per-subject safety derivation; exactly one payload is set. */
record SafetyInput(
    Infusion infusion,
    Course course,
    VitalSign vital,
    CadssRating cadss,
    AdverseEvent adverseEvent,
    Assessment scaleAssessment,
    VisitOutcome visit,
    CourseOutcome outcome)
    implements Serializable {

  static SafetyInput of(Object payload) {
    return new SafetyInput(
        payload instanceof Infusion i ? i : null,
        payload instanceof Course c ? c : null,
        payload instanceof VitalSign v ? v : null,
        payload instanceof CadssRating r ? r : null,
        payload instanceof AdverseEvent a ? a : null,
        payload instanceof Assessment s ? s : null,
        payload instanceof VisitOutcome o ? o : null,
        payload instanceof CourseOutcome co ? co : null);
  }
}
