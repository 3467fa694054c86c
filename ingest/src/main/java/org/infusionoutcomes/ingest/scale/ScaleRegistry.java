package org.infusionoutcomes.ingest.scale;

import java.io.ByteArrayInputStream;
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
  private final Map<String, ScaleSource> sources;
  private final Map<String, ScaleDefinition> byAlias = new HashMap<>();
  private final Map<String, ItemRef> bySdtmCode = new HashMap<>();
  private final Map<String, ItemRef> byLoinc = new HashMap<>();
  private final Map<String, ItemRef> byRedcapField = new HashMap<>();
  private final Map<String, ItemRef> byLinkId = new HashMap<>();
  private final Map<String, ScaleDefinition> bySdtmCategory = new HashMap<>();

  /**
   * @param scales the definitions, in order
   * @param sources where each came from, by scale id (empty for registries built from definitions
   *     in code)
   */
  private ScaleRegistry(List<ScaleDefinition> scales, Map<String, ScaleSource> sources) {
    Map<String, ScaleDefinition> ids = new LinkedHashMap<>();
    for (ScaleDefinition s : scales) {
      String file =
          sources.containsKey(s.id()) ? sources.get(s.id()).file() : RESOURCE_DIR + s.id();
      if (ids.put(s.id(), s) != null) {
        throw new DefinitionException(file, "id", "scale id defined twice");
      }
      byAlias.put(normalise(s.id()), s);
      for (String a : s.aliases()) {
        ScaleDefinition other = byAlias.put(normalise(a), s);
        if (other != null && other != s) {
          throw new DefinitionException(
              file, "aliases", "alias '" + a + "' is also used by " + other.id());
        }
      }
      var sdtm = s.codes().sdtm();
      for (String cat : sdtm.categories()) {
        claim(bySdtmCategory, normalise(cat), s, s, file, "codes.sdtm.categories", cat);
      }
      for (int i = 0; i < sdtm.itemCodes().size(); i++) {
        String code = sdtm.itemCodes().get(i);
        claim(
            bySdtmCode,
            code.toUpperCase(Locale.ROOT),
            new ItemRef(s, i + 1),
            s,
            file,
            "codes.sdtm.item_codes",
            code);
      }
      if (sdtm.totalCode() != null) {
        claim(
            bySdtmCode,
            sdtm.totalCode().toUpperCase(Locale.ROOT),
            new ItemRef(s, ItemRef.TOTAL),
            s,
            file,
            "codes.sdtm.total_code",
            sdtm.totalCode());
      }
      for (String ignored : sdtm.ignoredCodes()) {
        claim(
            bySdtmCode,
            ignored.toUpperCase(Locale.ROOT),
            new ItemRef(s, ItemRef.IGNORED),
            s,
            file,
            "codes.sdtm.ignored_codes",
            ignored);
      }
      var loinc = s.codes().loinc();
      for (int i = 0; i < loinc.itemCodes().size(); i++) {
        String code = loinc.itemCodes().get(i);
        claim(byLoinc, code, new ItemRef(s, i + 1), s, file, "codes.loinc.item_codes", code);
      }
      if (loinc.totalCode() != null) {
        claim(
            byLoinc,
            loinc.totalCode(),
            new ItemRef(s, ItemRef.TOTAL),
            s,
            file,
            "codes.loinc.total_code",
            loinc.totalCode());
      }
      // A panel only groups its members, and unscored questions belong to the scale: both are
      // known codes that carry no score, so readers skip them instead of rejecting them.
      if (loinc.panel() != null) {
        claim(
            byLoinc,
            loinc.panel(),
            new ItemRef(s, ItemRef.IGNORED),
            s,
            file,
            "codes.loinc.panel",
            loinc.panel());
      }
      for (String ignored : loinc.ignoredCodes()) {
        claim(
            byLoinc,
            ignored,
            new ItemRef(s, ItemRef.IGNORED),
            s,
            file,
            "codes.loinc.ignored_codes",
            ignored);
      }
      List<String> linkIds = s.codes().questionnaireLinkIds();
      for (int i = 0; i < linkIds.size(); i++) {
        claim(
            byLinkId,
            linkIds.get(i),
            new ItemRef(s, i + 1),
            s,
            file,
            "codes.questionnaire_link_ids",
            linkIds.get(i));
      }
      var redcap = s.codes().redcap();
      for (int i = 0; i < redcap.itemFields().size(); i++) {
        String field = redcap.itemFields().get(i);
        claim(
            byRedcapField,
            field.toLowerCase(Locale.ROOT),
            new ItemRef(s, i + 1),
            s,
            file,
            "codes.redcap.item_fields",
            field);
      }
      if (redcap.totalField() != null) {
        claim(
            byRedcapField,
            redcap.totalField().toLowerCase(Locale.ROOT),
            new ItemRef(s, ItemRef.TOTAL),
            s,
            file,
            "codes.redcap.total_field",
            redcap.totalField());
      }
    }
    this.byId = Map.copyOf(ids);
    this.sources = Map.copyOf(sources);
  }

  /**
   * Registers {@code code}; a code that already names another scale would make exports ambiguous,
   * so it is an error naming the later definition's file and field.
   */
  private static <T> void claim(
      Map<String, T> index,
      String key,
      T value,
      ScaleDefinition scale,
      String file,
      String field,
      String code) {
    T previous = index.put(key, value);
    ScaleDefinition owner =
        previous instanceof ItemRef ref
            ? ref.scale()
            : previous instanceof ScaleDefinition d ? d : null;
    if (owner != null && !owner.id().equals(scale.id())) {
      throw new DefinitionException(
          file, field, "code '" + code + "' is also used by scale " + owner.id());
    }
  }

  /** A registry of the given definitions (tests, user-supplied scales). */
  public static ScaleRegistry of(List<ScaleDefinition> scales) {
    return new ScaleRegistry(scales, Map.of());
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

  /**
   * This registry with the scales of {@code files} added: a file whose id is already known replaces
   * that definition for this registry only (the shipped registry is unchanged). Each file is
   * validated exactly like a shipped definition; two files defining the same id, an alias or a code
   * that another scale already uses, are errors naming the file and the field.
   *
   * @param files the definition files in the order the configuration lists them
   * @throws DefinitionException when a file is invalid or clashes with another scale
   */
  public ScaleRegistry withScaleFiles(List<ScaleFile> files) {
    if (files.isEmpty()) {
      return this;
    }
    Map<String, ScaleDefinition> scales = new LinkedHashMap<>();
    Map<String, ScaleSource> origins = new LinkedHashMap<>(sources);
    byId.values().forEach(s -> scales.put(s.id(), s));
    Map<String, String> userFileById = new HashMap<>();
    for (ScaleFile f : files) {
      ScaleDefinition scale =
          ScaleDefinitionReader.read(f.name(), new ByteArrayInputStream(f.content()));
      String earlier = userFileById.put(scale.id(), f.name());
      if (earlier != null) {
        throw new DefinitionException(
            f.name(), "id", "scale " + scale.id() + " is also defined by " + earlier);
      }
      boolean overrides = scales.remove(scale.id()) != null;
      scales.put(scale.id(), scale);
      origins.put(scale.id(), ScaleSource.of(scale, ScaleSource.SCALE_FILES, f, overrides));
    }
    return new ScaleRegistry(List.copyOf(scales.values()), origins);
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
    Map<String, ScaleSource> origins = new LinkedHashMap<>();
    for (String name : index.textList("scales")) {
      String resource = RESOURCE_DIR + name;
      byte[] bytes;
      try (InputStream in = cl.getResourceAsStream(resource)) {
        if (in == null) {
          throw new DefinitionException(
              INDEX, "scales", "lists '" + name + "', which is not on the classpath");
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new DefinitionException(resource, "", "cannot be read: " + e.getMessage(), e);
      }
      ScaleDefinition scale = ScaleDefinitionReader.read(resource, new ByteArrayInputStream(bytes));
      scales.add(scale);
      origins.put(
          scale.id(),
          ScaleSource.of(scale, ScaleSource.SHIPPED, new ScaleFile(resource, bytes), false));
    }
    return new ScaleRegistry(scales, origins);
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

  /**
   * Where each definition of this registry came from, ordered by scale id; empty for a registry
   * built from definitions in code ({@link #of}).
   */
  public List<ScaleSource> sources() {
    return sources.values().stream()
        .sorted(java.util.Comparator.comparing(ScaleSource::scaleId))
        .toList();
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
