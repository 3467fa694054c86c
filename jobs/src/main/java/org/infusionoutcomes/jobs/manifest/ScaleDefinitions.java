package org.infusionoutcomes.jobs.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.scale.ScaleSource;

/**
 * The {@code scale_definitions} section of the run manifest: every scale of the run with where its
 * definition came from (shipped or the configuration's {@code scale_files}), the sha256 of the
 * definition file's bytes and the definition itself, so a reader can tell exactly which definition
 * produced the numbers.
 */
public final class ScaleDefinitions {
  /** The manifest key of the section. */
  public static final String KEY = "scale_definitions";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ScaleDefinitions() {}

  /** One entry per scale of {@code registry}, ordered by scale id. */
  public static List<Map<String, Object>> of(ScaleRegistry registry) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ScaleSource src : registry.sources()) {
      ScaleDefinition scale = registry.byId(src.scaleId()).orElseThrow();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", src.scaleId());
      m.put("version", src.version());
      m.put("name", scale.name());
      m.put("origin", src.origin());
      m.put("file", src.file());
      m.put("sha256", src.sha256());
      m.put("overrides_shipped", src.overridesShipped());
      m.put("definition", parsed(src));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> parsed(ScaleSource src) {
    try {
      return YAML.readValue(src.text(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      // The registry parsed this very text when it was built, so this cannot be a user error.
      throw new IllegalStateException("scale definition " + src.file() + " no longer parses", e);
    }
  }
}
