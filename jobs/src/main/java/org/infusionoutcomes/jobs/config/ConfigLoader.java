package org.infusionoutcomes.jobs.config;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.analysis.settings.AnalysisSettings;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.config.IngestSettings;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.infusionoutcomes.transform.settings.SafetySettings;

/**
 * Reads the run configuration (YAML or JSON) and validates it completely before any work starts: an
 * unknown key or an out-of-range value is a {@link
 * org.infusionoutcomes.ingest.config.DefinitionException} naming the file and key. Each stage reads
 * its own keys; this class only knows which stages there are.
 */
public final class ConfigLoader {
  static final Set<String> KEYS = keys();

  private ConfigLoader() {}

  private static Set<String> keys() {
    Set<String> keys = new HashSet<>();
    keys.addAll(IngestSettings.KEYS);
    keys.addAll(DeriveSettings.KEYS);
    keys.addAll(AnalysisSettings.KEYS);
    keys.addAll(NightlySettings.KEYS);
    keys.addAll(SafetySettings.KEYS);
    keys.addAll(FactorSettings.KEYS);
    return Set.copyOf(keys);
  }

  /** The defaults (docs/definitions.md), with per-scale thresholds from the registry. */
  public static OutcomesConfig defaults(ScaleRegistry registry) {
    return read(FieldReader.empty("<defaults>"), registry);
  }

  /**
   * The {@code scale_files} entries of a configuration, as written (paths relative to the
   * configuration file's folder, or absolute). Read before the rest of the file, because the scales
   * they define are needed to validate the per-scale thresholds; {@link #load} validates the whole
   * file afterwards.
   */
  public static List<String> scaleFiles(String file, InputStream in) {
    return FieldReader.parse(file, in).textList("scale_files");
  }

  /** Parses and validates a configuration; {@code file} names it in errors. */
  public static OutcomesConfig load(String file, InputStream in, ScaleRegistry registry) {
    return read(FieldReader.parse(file, in), registry);
  }

  private static OutcomesConfig read(FieldReader r, ScaleRegistry registry) {
    r.rejectUnknownKeys(KEYS);
    DeriveSettings derive = DeriveSettings.read(r, registry);
    AnalysisSettings analysis = AnalysisSettings.read(r);
    IngestSettings ingest = IngestSettings.read(r);
    SafetySettings safety = SafetySettings.read(r);
    FactorSettings factors = FactorSettings.read(r);
    return new OutcomesConfig(ingest, derive, analysis, safety, factors, NightlySettings.read(r));
  }
}
