package org.infusionoutcomes.transform.spark;

import java.io.Serializable;
import java.util.List;
import org.infusionoutcomes.transform.derive.SubjectDerivation;
import org.infusionoutcomes.transform.derive.factors.CourseFactors;

/** The derivation of one subject with the factors of its courses. */
record DerivedSubject(SubjectDerivation derivation, List<CourseFactors> factors)
    implements Serializable {}
