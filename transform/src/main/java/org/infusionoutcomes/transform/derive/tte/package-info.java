/**
 * Time-to-event derivations (docs/definitions.md, "Time to response", "Durability", "Course"): one
 * small event search shared by both endpoints, each result pointing to the record that decided it.
 */
package org.infusionoutcomes.transform.derive.tte;
