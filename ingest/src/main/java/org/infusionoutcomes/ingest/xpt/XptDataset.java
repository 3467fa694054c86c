package org.infusionoutcomes.ingest.xpt;

import java.util.List;
import java.util.Optional;

/**
 * The description of one dataset (member) of a SAS transport file.
 *
 * @param name dataset name (for SDTM the domain code, {@code QS}; ADaM datasets start with {@code
 *     AD})
 * @param label dataset label, or empty
 * @param variables the variables in storage order
 */
public record XptDataset(String name, String label, List<XptVariable> variables) {
  public XptDataset {
    variables = List.copyOf(variables);
  }

  /** Bytes per observation. */
  public int observationLength() {
    return variables.stream().mapToInt(XptVariable::length).sum();
  }

  /** The variable with this name, in any case. */
  public Optional<XptVariable> variable(String name) {
    return variables.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The variable names in storage order. */
  public List<String> variableNames() {
    return variables.stream().map(XptVariable::name).toList();
  }
}
