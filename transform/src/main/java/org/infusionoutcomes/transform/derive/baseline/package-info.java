/**
 * Baseline per subject x course x scale (SPEC §5 "Baseline", "Population ITT"): the latest
 * pre-infusion assessment in the baseline window, never a silent pick between conflicting ones.
 */
package org.infusionoutcomes.transform.derive.baseline;
