/**
 * Who responds: response and remission by course factor level with Wilson intervals, and the
 * difference to a reference level with Newcombe's hybrid score interval. Pure Java, no Spark.
 */
package org.infusionoutcomes.analysis.subgroups;
