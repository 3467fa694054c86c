package org.infusionoutcomes.ingest.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * The scales this run knows, loaded from data files and validated at start. Lookups accept the
 * spellings found in exports: scale ids and aliases in any case and punctuation ({@code PHQ-9},
 * {@code phq9}), SDTM category + test code, LOINC codes and REDCap field names.
 */
public final class ScaleRegistry implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath folder of the shipped definitions, and the index file that lists them. */
  public static final String RESOURCE_DIR = "scales/";

  private static final String INDEX = RESOURCE_DIR + "index.yaml";
  private static volatile ScaleRegistry shipped;

  private final Map<String, ScaleDefinition> byId;
  private final Map<String, ScaleDefinition> byAlias = new HashMap<>();
  private final Map<String, ItemRef> bySdtmCode = new HashMap<>();
  private final Map<String, ItemRef> byLoinc = new HashMap<>();
  private final Map<String, ItemRef> byRedcapField = new HashMap<>();
  private final Map<String, ItemRef> byLinkId = new HashMap<>();
  private final Map<String, ScaleDefinition> bySdtmCategory = new HashMap<>();

  private ScaleRegistry(List<ScaleDefinition> scales) {
    Map<String, ScaleDefinition> ids = new LinkedHashMap<>();
    for (ScaleDefinition s : scales) {
      if (ids.put(s.id(), s) != null) {
        throw new DefinitionException(RESOURCE_DIR + s.id(), "id", "scale id defined twice");
      }
      byAlias.put(normalise(s.id()), s);
      for (String a : s.aliases()) {
        ScaleDefinition other = byAlias.put(normalise(a), s);
        if (other != null && other != s) {
          throw new DefinitionException(
              RESOURCE_DIR + s.id(), "aliases", "alias '" + a + "' is also used by " + other.id());
        }
      }
      var sdtm = s.codes().sdtm();
      for (String cat : sdtm.categories()) {
        bySdtmCategory.put(normalise(cat), s);
      }
      for (int i = 0; i < sdtm.itemCodes().size(); i++) {
        bySdtmCode.put(sdtm.itemCodes().get(i).toUpperCase(Locale.ROOT), new ItemRef(s, i + 1));
      }
      if (sdtm.totalCode() != null) {
        bySdtmCode.put(sdtm.totalCode().toUpperCase(Locale.ROOT), new ItemRef(s, ItemRef.TOTAL));
      }
      for (String ignored : sdtm.ignoredCodes()) {
        bySdtmCode.put(ignored.toUpperCase(Locale.ROOT), new ItemRef(s, ItemRef.IGNORED));
      }
      var loinc = s.codes().loinc();
      for (int i = 0; i < loinc.itemCodes().size(); i++) {
        byLoinc.put(loinc.itemCodes().get(i), new ItemRef(s, i + 1));
      }
      if (loinc.totalCode() != null) {
        byLoinc.put(loinc.totalCode(), new ItemRef(s, ItemRef.TOTAL));
      }
      // A panel only groups its members, and unscored questions belong to the scale: both are
      // known codes that carry no score, so readers skip them instead of rejecting them.
      if (loinc.panel() != null) {
        byLoinc.put(loinc.panel(), new ItemRef(s, ItemRef.IGNORED));
      }
      for (String ignored : loinc.ignoredCodes()) {
        byLoinc.put(ignored, new ItemRef(s, ItemRef.IGNORED));
      }
      List<String> linkIds = s.codes().questionnaireLinkIds();
      for (int i = 0; i < linkIds.size(); i++) {
        byLinkId.put(linkIds.get(i), new ItemRef(s, i + 1));
      }
      var redcap = s.codes().redcap();
      for (int i = 0; i < redcap.itemFields().size(); i++) {
        byRedcapField.put(
            redcap.itemFields().get(i).toLowerCase(Locale.ROOT), new ItemRef(s, i + 1));
      }
      if (redcap.totalField() != null) {
        byRedcapField.put(
            redcap.totalField().toLowerCase(Locale.ROOT), new ItemRef(s, ItemRef.TOTAL));
      }
    }
    this.byId = Map.copyOf(ids);
  }

  /** A registry of the given definitions (tests, user-supplied scales). */
  public static ScaleRegistry of(List<ScaleDefinition> scales) {
    return new ScaleRegistry(scales);
  }

  /** The scales shipped in the jar, loaded once and validated. */
  public static ScaleRegistry shipped() {
    ScaleRegistry r = shipped;
    if (r == null) {
      synchronized (ScaleRegistry.class) {
        if (shipped == null) {
          shipped = loadFromClasspath();
        }
        r = shipped;
      }
    }
    return r;
  }

  private static ScaleRegistry loadFromClasspath() {
    ClassLoader cl = ScaleRegistry.class.getClassLoader();
    FieldReader index;
    try (InputStream in = cl.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new DefinitionException(INDEX, "", "missing from the classpath");
      }
      index = FieldReader.parse(INDEX, in);
    } catch (IOException e) {
      throw new DefinitionException(INDEX, "", "cannot be read: " + e.getMessage(), e);
    }
    index.rejectUnknownKeys(java.util.Set.of("scales"));
    List<ScaleDefinition> scales = new ArrayList<>();
    for (String name : index.textList("scales")) {
      String resource = RESOURCE_DIR + name;
      try (InputStream in = cl.getResourceAsStream(resource)) {
        if (in == null) {
          throw new DefinitionException(
              INDEX, "scales", "lists '" + name + "', which is not on the classpath");
        }
        scales.add(ScaleDefinitionReader.read(resource, in));
      } catch (IOException e) {
        throw new DefinitionException(resource, "", "cannot be read: " + e.getMessage(), e);
      }
    }
    return new ScaleRegistry(scales);
  }

  /** Upper case with everything but letters and digits removed: {@code "phq-9"} -> {@code PHQ9}. */
  public static String normalise(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  public Collection<ScaleDefinition> scales() {
    return byId.values();
  }

  /** The scale with exactly this canonical id. */
  public Optional<ScaleDefinition> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The scale named by an id or alias as written in an export, in any case or punctuation. */
  public Optional<ScaleDefinition> resolve(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byAlias.get(normalise(name)));
  }

  /**
   * The scale that the definition-file field {@code key} of {@code r} names.
   *
   * @throws DefinitionException naming the file, the key and the known scales when it is none
   */
  public ScaleDefinition require(FieldReader r, String key, String name) {
    return resolve(name)
        .orElseThrow(
            () ->
                r.error(
                    key,
                    IngestErrors.unknownScaleName(
                        name, scales().stream().map(ScaleDefinition::id).toList())));
  }

  /** The scale whose SDTM category (QSCAT / RSCAT) is {@code category}. */
  public Optional<ScaleDefinition> bySdtmCategory(String category) {
    return category == null
        ? Optional.empty()
        : Optional.ofNullable(bySdtmCategory.get(normalise(category)));
  }

  /** What an SDTM test code (QSTESTCD / RSTESTCD) names. */
  public Optional<ItemRef> bySdtmTestCode(String testCode) {
    return testCode == null
        ? Optional.empty()
        : Optional.ofNullable(bySdtmCode.get(testCode.trim().toUpperCase(Locale.ROOT)));
  }

  /** What a LOINC code names. */
  public Optional<ItemRef> byLoinc(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byLoinc.get(code.trim()));
  }

  /** What a FHIR QuestionnaireResponse item linkId names (exact match). */
  public Optional<ItemRef> byQuestionnaireLinkId(String linkId) {
    return linkId == null ? Optional.empty() : Optional.ofNullable(byLinkId.get(linkId.trim()));
  }

  /** What a REDCap field name names (default field names of the definitions). */
  public Optional<ItemRef> byRedcapField(String field) {
    return field == null
        ? Optional.empty()
        : Optional.ofNullable(byRedcapField.get(field.trim().toLowerCase(Locale.ROOT)));
  }
}
