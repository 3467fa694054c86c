/**
 * Infusion courses (SPEC §5 "Course", §5.1 rules 5, 7, 8): splitting a subject's infusions into
 * courses by label or by gap, and the windows of a course in which assessments are aligned.
 */
package org.infusionoutcomes.transform.derive.course;
