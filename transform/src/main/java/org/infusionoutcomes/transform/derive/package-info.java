/**
 * The derivations (docs/definitions.md) for one subject, as pure Java: {@link
 * org.infusionoutcomes.transform.derive.SubjectDeriver} turns one subject's canonical assessments
 * and infusions into the rows of the derived tables {@code courses}, {@code visit_outcomes}, {@code
 * course_outcomes} and {@code tte}. Column names are the record components in snake_case. The
 * definitions are documented for analysts in {@code docs/definitions.md}.
 */
package org.infusionoutcomes.transform.derive;
