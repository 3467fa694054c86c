package org.infusionoutcomes.transform.derive.factors;

import java.io.Serializable;

/**
 * One body-size reading of a subject, from the {@code vital_signs} table when present.
 *
 * @param test {@code WEIGHT} (kg), {@code HEIGHT} (cm) or {@code BMI} (kg/m²)
 * @param value the reading in that unit
 * @param day the day on the subject's axis
 */
public record VitalReading(String test, double value, int day) implements Serializable {}
