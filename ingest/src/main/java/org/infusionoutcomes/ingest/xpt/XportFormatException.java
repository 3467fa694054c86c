package org.infusionoutcomes.ingest.xpt;

/**
 * A file that is not a readable SAS transport (XPORT v5) file: wrong or truncated headers. It is
 * data, not a program fault, so it carries no stack trace; readers turn it into a file-level
 * reject.
 */
public final class XportFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public XportFormatException(String message) {
    super(message, null, false, false);
  }
}
