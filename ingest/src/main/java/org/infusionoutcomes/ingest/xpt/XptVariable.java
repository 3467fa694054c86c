package org.infusionoutcomes.ingest.xpt;

/**
 * One variable of a SAS transport dataset, from its NAMESTR record.
 *
 * @param name variable name (up to 8 characters, as stored, trimmed)
 * @param numeric true for a numeric variable, false for a character variable
 * @param length bytes per value (numeric 2..8, character 1..200)
 * @param position byte offset of the value within an observation
 * @param label variable label, or empty
 */
public record XptVariable(String name, boolean numeric, int length, int position, String label) {}
