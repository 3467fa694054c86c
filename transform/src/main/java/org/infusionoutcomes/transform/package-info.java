/**
 * Courses, baselines, endpoints and time-to-event rows derived from the canonical tables
 * (docs/definitions.md). The derivations themselves are pure Java in {@link
 * org.infusionoutcomes.transform.derive}; Spark code only groups rows by subject and calls them.
 */
package org.infusionoutcomes.transform;
