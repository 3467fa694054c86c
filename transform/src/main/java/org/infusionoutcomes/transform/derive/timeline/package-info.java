/**
 * Ordering of one subject's records on the analysis day axis: the total order used for first/last,
 * the pre-infusion rule, and the "extreme record" selection that refuses to pick silently between
 * records it cannot order.
 */
package org.infusionoutcomes.transform.derive.timeline;
