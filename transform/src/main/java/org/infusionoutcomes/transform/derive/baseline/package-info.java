/**
 * Baseline per subject x course x scale (docs/definitions.md, "Baseline", "Population ITT and
 * exclusion reasons"): the latest pre-infusion assessment in the baseline window, never a silent
 * pick between conflicting ones.
 */
package org.infusionoutcomes.transform.derive.baseline;
