package org.infusionoutcomes.transform.spark;

import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.derive.factors.CourseFactors;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.infusionoutcomes.transform.safety.SafetyReading;

/** The row codecs of the derived tables, shared by the stages that write and read them. */
public final class DerivedCodecs {
  private DerivedCodecs() {}

  public static final RecordRowCodec<Course> COURSE = RecordRowCodec.of(Course.class);

  public static final RecordRowCodec<VisitOutcome> VISIT = RecordRowCodec.of(VisitOutcome.class);

  public static final RecordRowCodec<CourseOutcome> OUTCOME =
      RecordRowCodec.of(CourseOutcome.class);

  public static final RecordRowCodec<InfusionSafety> INFUSION_SAFETY =
      RecordRowCodec.of(InfusionSafety.class);

  public static final RecordRowCodec<SafetyReading> READING =
      RecordRowCodec.of(SafetyReading.class);

  public static final RecordRowCodec<AdverseEventCourse> AE_COURSE =
      RecordRowCodec.of(AdverseEventCourse.class);

  public static final RecordRowCodec<CourseSuicidality> SUICIDALITY =
      RecordRowCodec.of(CourseSuicidality.class);

  public static final RecordRowCodec<TteRecord> TTE_ROW = RecordRowCodec.of(TteRecord.class);

  public static final RecordRowCodec<CourseFactors> FACTORS =
      RecordRowCodec.of(CourseFactors.class);
}
