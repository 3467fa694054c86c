/**
 * Endpoints of a course x scale (docs/definitions.md, "Endpoints", "Course"): the observed-case
 * endpoint, the LOCF endpoint, the in-course assessments and the durability follow-up.
 */
package org.infusionoutcomes.transform.derive.endpoint;
