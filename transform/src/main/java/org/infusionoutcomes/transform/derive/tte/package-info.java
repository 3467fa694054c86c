/**
 * Time-to-event derivations (SPEC §5 "Time to response", "Durability", §5.1 rules 8, 9): one small
 * event search shared by both endpoints, each result pointing to the record that decided it.
 */
package org.infusionoutcomes.transform.derive.tte;
