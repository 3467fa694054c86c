package org.infusionoutcomes.ingest.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Strict reading of a YAML or JSON definition: every access names the field's dotted path, so a
 * wrong type, a missing field, an out-of-range value or an unknown key is reported as {@code file:
 * 'path.to.key': problem}. YAML is read as a superset of JSON.
 *
 * @param file the document's name, as errors report it
 * @param path the dotted path of this mapping within the document ({@code ""} at the top)
 * @param node the raw node, for readers that interpret a field themselves
 */
public record FieldReader(String file, String path, JsonNode node) {
  // A key written twice is an error, not a silent "last one wins".
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The largest configuration, mapping or scale document read (1 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 1 << 20;

  /** Parses a YAML or JSON document whose top level must be a mapping. */
  public static FieldReader parse(String file, InputStream in) {
    JsonNode root;
    try {
      // Bounded read: a huge or endless file is refused after MAX_DOCUMENT_BYTES, not read whole.
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        throw new DefinitionException(file, "", IngestErrors.documentTooLarge(MAX_DOCUMENT_BYTES));
      }
      root = YAML.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new DefinitionException(
          file,
          "",
          "not valid YAML/JSON at line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ": "
              + e.getOriginalMessage().replace("Duplicate field", "duplicate key"),
          e);
    } catch (IOException e) {
      throw new DefinitionException(file, "", "cannot be read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = YAML.createObjectNode();
    }
    if (!root.isObject()) {
      throw new DefinitionException(file, "", "the top level must be a mapping of keys to values");
    }
    return new FieldReader(file, "", root);
  }

  /** A document with no keys: every optional key takes its default. */
  public static FieldReader empty(String file) {
    return new FieldReader(file, "", YAML.createObjectNode());
  }

  /** Wraps an already parsed object node. */
  public static FieldReader of(String file, ObjectNode node) {
    return new FieldReader(file, "", node);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Fails naming the first key that is not in {@code allowed}. */
  public FieldReader rejectUnknownKeys(Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(
            name,
            "unknown key; allowed keys here are " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return this;
  }

  /** A {@link DefinitionException} about {@code key} below this reader's path. */
  public DefinitionException error(String key, String problem) {
    return new DefinitionException(file, key == null ? path : child(key), problem);
  }

  public boolean has(String key) {
    JsonNode v = node.get(key);
    return v != null && !v.isNull();
  }

  /** Keys of this mapping in document order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private JsonNode required(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      throw error(key, "is required");
    }
    return v;
  }

  public String requiredText(String key) {
    JsonNode v = required(key);
    if (!v.isValueNode() || v.isBoolean()) {
      throw error(key, "must be a text value, found " + describe(v));
    }
    String text = v.asText().trim();
    if (text.isEmpty()) {
      throw error(key, "must not be empty");
    }
    return text;
  }

  public Optional<String> optionalText(String key) {
    return has(key) ? Optional.of(requiredText(key)) : Optional.empty();
  }

  public int requiredInt(String key, int min, int max) {
    JsonNode v = required(key);
    if (!v.canConvertToInt() || !(v.isIntegralNumber() || isIntegralText(v))) {
      throw error(key, "must be a whole number, found " + describe(v));
    }
    int value = v.isTextual() ? Integer.parseInt(v.asText().trim()) : v.intValue();
    if (value < min || value > max) {
      throw error(key, "must be between " + min + " and " + max + ", found " + value);
    }
    return value;
  }

  public int optionalInt(String key, int min, int max, int defaultValue) {
    return has(key) ? requiredInt(key, min, max) : defaultValue;
  }

  public double requiredDouble(String key, double min, double max) {
    JsonNode v = required(key);
    double value;
    if (v.isNumber()) {
      value = v.doubleValue();
    } else if (v.isTextual() && DECIMAL.matcher(v.asText().trim()).matches()) {
      // Only plain decimal text: Double.parseDouble also takes NaN, Infinity, 0.5d and hex.
      value = Double.parseDouble(v.asText().trim());
    } else {
      throw error(key, "must be a finite decimal number, found " + describe(v));
    }
    if (!Double.isFinite(value)) {
      throw error(key, "must be a finite decimal number, found " + describe(v));
    }
    if (!(value >= min && value <= max)) {
      throw error(
          key, "must be between " + plain(min) + " and " + plain(max) + ", found " + plain(value));
    }
    return value;
  }

  public double optionalDouble(String key, double min, double max, double defaultValue) {
    return has(key) ? requiredDouble(key, min, max) : defaultValue;
  }

  public boolean optionalBoolean(String key, boolean defaultValue) {
    if (!has(key)) {
      return defaultValue;
    }
    JsonNode v = node.get(key);
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    throw error(key, "must be true or false, found " + describe(v));
  }

  /** A text value that must be one of {@code allowed}. */
  public String optionalChoice(String key, List<String> allowed, String defaultValue) {
    if (!has(key)) {
      return defaultValue;
    }
    String value = requiredText(key);
    if (!allowed.contains(value)) {
      throw error(key, "must be one of " + String.join(", ", allowed) + ", found '" + value + "'");
    }
    return value;
  }

  public List<String> textList(String key) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    if (!v.isArray()) {
      throw error(key, "must be a list, found " + describe(v));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isValueNode() || e.isNull() || e.asText().isBlank()) {
        throw error(key + "[" + i + "]", "must be a non-empty text value, found " + describe(e));
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  public List<Integer> intList(String key, int min, int max) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    if (!v.isArray()) {
      throw error(key, "must be a list of whole numbers, found " + describe(v));
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isIntegralNumber() || !e.canConvertToInt()) {
        throw error(key + "[" + i + "]", "must be a whole number, found " + describe(e));
      }
      int value = e.intValue();
      if (value < min || value > max) {
        throw error(
            key + "[" + i + "]", "must be between " + min + " and " + max + ", found " + value);
      }
      out.add(value);
    }
    return out;
  }

  /** A list of numbers, each within [min, max]; a missing key gives an empty list. */
  public List<Double> doubleList(String key, double min, double max) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    if (!v.isArray()) {
      throw error(key, "must be a list of numbers, found " + describe(v));
    }
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isNumber()) {
        throw error(key + "[" + i + "]", "must be a number, found " + describe(e));
      }
      double value = e.doubleValue();
      if (value < min || value > max) {
        throw error(
            key + "[" + i + "]", "must be between " + min + " and " + max + ", found " + value);
      }
      out.add(value);
    }
    return out;
  }

  /** A nested mapping; a missing key gives an empty mapping. */
  public FieldReader object(String key) {
    if (!has(key)) {
      return new FieldReader(file, child(key), YAML.createObjectNode());
    }
    JsonNode v = node.get(key);
    if (!v.isObject()) {
      throw error(key, "must be a mapping of keys to values, found " + describe(v));
    }
    return new FieldReader(file, child(key), v);
  }

  /** A list of mappings. */
  public List<FieldReader> objects(String key) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    if (!v.isArray()) {
      throw error(key, "must be a list, found " + describe(v));
    }
    List<FieldReader> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isObject()) {
        throw error(
            key + "[" + i + "]", "must be a mapping of keys to values, found " + describe(e));
      }
      out.add(new FieldReader(file, child(key + "[" + i + "]"), e));
    }
    return out;
  }

  /** A list of lists of whole numbers. */
  public List<List<Integer>> intLists(String key, int min, int max) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    if (!v.isArray()) {
      throw error(key, "must be a list of lists, found " + describe(v));
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isArray()) {
        throw error(key + "[" + i + "]", "must be a list of whole numbers, found " + describe(e));
      }
      List<Integer> group = new ArrayList<>();
      for (int j = 0; j < e.size(); j++) {
        JsonNode x = e.get(j);
        if (!x.isIntegralNumber()
            || !x.canConvertToInt()
            || x.intValue() < min
            || x.intValue() > max) {
          throw error(
              key + "[" + i + "][" + j + "]",
              "must be a whole number between " + min + " and " + max + ", found " + describe(x));
        }
        group.add(x.intValue());
      }
      out.add(group);
    }
    return out;
  }

  /** A mapping of text keys to text values, in document order. */
  public Map<String, String> textMap(String key) {
    FieldReader map = object(key);
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : map.keys()) {
      out.put(k, map.requiredText(k));
    }
    return out;
  }

  /** A mapping of text keys to whole numbers, in document order. */
  public Map<String, Integer> intMap(String key, int min, int max) {
    FieldReader map = object(key);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String k : map.keys()) {
      out.put(k, map.requiredInt(k, min, max));
    }
    return out;
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private static boolean isIntegralText(JsonNode v) {
    return v.isTextual() && v.asText().trim().matches("-?\\d{1,9}");
  }

  private static String describe(JsonNode v) {
    if (v == null || v.isNull()) {
      return "nothing";
    }
    JsonNodeType t = v.getNodeType();
    return switch (t) {
      case ARRAY -> "a list";
      case OBJECT -> "a mapping";
      case STRING -> "'" + v.asText() + "'";
      default -> v.asText();
    };
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
