/**
 * Course factors for "who responds" (docs/definitions.md): sex, age, dose and BMI bands, titration,
 * number of infusions, baseline severity, benzodiazepine use during the course, site and arm. Pure
 * Java, no Spark.
 */
package org.infusionoutcomes.transform.derive.factors;
