/** Readers for each export format, the scale registry, scoring and the canonical tables. */
package org.infusionoutcomes.ingest;
