package org.infusionoutcomes.analysis.settings;

/**
 * Every user-facing message of the analysis module, one static method per error (the model is Delta
 * Kernel's {@code DeltaErrors}); the statistics are in docs/statistics.md.
 */
public final class AnalysisErrors {
  private AnalysisErrors() {}

  /** A report resource the jar must carry is absent: the build is broken, not the data. */
  public static IllegalStateException missingResource(String name) {
    return new IllegalStateException(
        "report resource missing from the classpath: "
            + name
            + " (rebuild the jar with 'mvn -B -DskipTests package')");
  }
}
