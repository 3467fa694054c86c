package org.infusionoutcomes.ingest.xpt;

import org.infusionoutcomes.ingest.value.Numbers;

/**
 * One value of one observation.
 *
 * @param variable the variable
 * @param text the value of a character variable (trailing blanks removed), else null
 * @param number the value of a numeric variable, null when missing or character
 * @param missingCode the SAS missing-value code of a missing number ({@code .}, {@code .A} ...),
 *     else null
 */
public record XptValue(XptVariable variable, String text, Double number, String missingCode) {

  /**
   * The value as text: character values as stored, numbers in plain decimal (whole numbers without
   * a decimal point), missing numbers as their SAS code.
   */
  public String render() {
    if (!variable.numeric()) {
      return text;
    }
    if (number == null) {
      return missingCode;
    }
    return Numbers.plain(number);
  }
}
