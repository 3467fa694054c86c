/**
 * The outcome criteria (docs/definitions.md): response, remission, relapse, change from baseline,
 * with the 1e-9 tolerance in favour of meeting a threshold and the definition texts printed beside
 * numbers.
 */
package org.infusionoutcomes.transform.derive.criteria;
