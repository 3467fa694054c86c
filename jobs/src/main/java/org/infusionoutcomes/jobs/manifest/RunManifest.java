package org.infusionoutcomes.jobs.manifest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * {@code <out>/run-manifest.json}: what a run read (paths, checksums, formats, counts), with which
 * configuration and versions, how long each stage took, and what it wrote. Each stage adds its
 * section; a stage run on its own ({@code derive}, {@code report}) updates the manifest it finds.
 */
public final class RunManifest {
  public static final String FILE = OutputLayout.MANIFEST;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> root;

  private RunManifest(Map<String, Object> root) {
    this.root = root;
  }

  /** A new manifest. */
  public static RunManifest start(String command) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("manifest_version", 1);
    root.put("command", command);
    root.put("started_at", now());
    return new RunManifest(root);
  }

  /** The manifest in {@code outputDir}, or a new one when there is none. */
  public static RunManifest loadOrStart(Configuration conf, String outputDir, String command) {
    Path p = new Path(OutputLayout.of(outputDir).manifest());
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        return start(command);
      }
      try (InputStream in = fs.open(p)) {
        Map<String, Object> root =
            JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
        root.put("command", root.getOrDefault("command", "") + "+" + command);
        return new RunManifest(root);
      }
    } catch (IOException e) {
      throw IngestErrors.cannotRead(p, e);
    }
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** Sets a top-level section. */
  public RunManifest put(String key, Object value) {
    root.put(key, value);
    return this;
  }

  /** A top-level section, or null. */
  public Object get(String key) {
    return root.get(key);
  }

  /** Records how long a stage took. */
  @SuppressWarnings("unchecked")
  public RunManifest timing(String stage, double seconds) {
    Map<String, Object> t =
        (Map<String, Object>) root.computeIfAbsent("timings_seconds", k -> new LinkedHashMap<>());
    t.put(stage, Math.round(seconds * 1000) / 1000.0);
    return this;
  }

  /** Records a written output (a table or a report file) with its size. */
  @SuppressWarnings("unchecked")
  public RunManifest output(String relativePath, Map<String, Object> facts) {
    Map<String, Object> o =
        (Map<String, Object>) root.computeIfAbsent("outputs", k -> new LinkedHashMap<>());
    o.put(relativePath, facts);
    return this;
  }

  /** Marks the end of the run and writes the manifest to {@code <out>/run-manifest.json}. */
  public void finishAndWrite(Configuration conf, String outputDir, int exitCode, String status) {
    root.put("finished_at", now());
    root.put("exit_code", exitCode);
    root.put("status", status);
    Path p = new Path(OutputLayout.of(outputDir).manifest());
    try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
      JSON.writeValue(out, root);
    } catch (IOException e) {
      throw IngestErrors.cannotWrite(p, e);
    }
  }

  /** The manifest as an ordered map (for the report). */
  public Map<String, Object> asMap() {
    return root;
  }
}
