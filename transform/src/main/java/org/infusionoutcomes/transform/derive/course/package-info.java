/**
 * Infusion courses (docs/definitions.md, "Course"): splitting a subject's infusions into courses by
 * label or by gap, and the windows of a course in which assessments are aligned.
 */
package org.infusionoutcomes.transform.derive.course;
