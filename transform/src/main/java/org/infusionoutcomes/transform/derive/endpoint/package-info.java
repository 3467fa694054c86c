/**
 * Endpoints of a course x scale (SPEC §5 "Endpoint (OC)", "LOCF", §5.1 rules 8, 10, 14): the
 * observed-case endpoint, the LOCF endpoint, the in-course assessments and the durability
 * follow-up.
 */
package org.infusionoutcomes.transform.derive.endpoint;
