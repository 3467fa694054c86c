package org.infusionoutcomes.ingest.config;

/**
 * A definition file (run configuration, scale definition, mapping file) that cannot be used. The
 * message names the file and the field, so the user can fix it without reading code.
 */
public final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String field;

  public DefinitionException(String file, String field, String problem) {
    super(file + ": " + (field == null || field.isEmpty() ? "" : "'" + field + "': ") + problem);
    this.file = file;
    this.field = field;
  }

  public DefinitionException(String file, String field, String problem, Throwable cause) {
    this(file, field, problem);
    initCause(cause);
  }

  /** The file that holds the problem. */
  public String file() {
    return file;
  }

  /** The dotted path of the offending field, empty when the whole file is at fault. */
  public String field() {
    return field;
  }
}
