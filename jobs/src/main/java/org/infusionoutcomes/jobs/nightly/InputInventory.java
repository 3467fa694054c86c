package org.infusionoutcomes.jobs.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.run.InputFile;
import org.infusionoutcomes.ingest.run.InputPlan;

/**
 * Every file of the landing zone with its sha256, computed on the driver before any Spark work, and
 * the fingerprint of a run: the files, their checksums and statuses, the effective configuration
 * and the tool's version. Two nights with the same fingerprint would publish the same numbers.
 *
 * @param files path (Hadoop URI) to its sha256 and status, sorted by path
 * @param fingerprint hex sha256 over the files, the configuration and the tool version
 */
public record InputInventory(Map<String, FileEntry> files, String fingerprint) {

  /**
   * One file.
   *
   * @param relativePath its path below the landing zone
   * @param sha256 hex sha256 of its bytes
   * @param status what the run does with it ({@code read}, {@code skipped}, {@code unknown})
   */
  public record FileEntry(String relativePath, String sha256, String status) {}

  /**
   * Checksums every file the plan found and fingerprints the run.
   *
   * @param settingsText the effective configuration and tool version as stable text
   */
  public static InputInventory of(Configuration conf, InputPlan plan, String settingsText)
      throws IOException {
    Map<String, FileEntry> files = new TreeMap<>();
    for (InputFile f : plan.found()) {
      files.put(f.path(), new FileEntry(f.relativePath(), sha256(conf, f.path()), f.status()));
    }
    MessageDigest all = digest();
    files.forEach(
        (path, e) ->
            all.update(
                (path + "\t" + e.sha256() + "\t" + e.status() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    all.update(settingsText.getBytes(StandardCharsets.UTF_8));
    return new InputInventory(files, HexFormat.of().formatHex(all.digest()));
  }

  /**
   * The files compared with those of the last published run ({@code path -> sha256}).
   *
   * @param previous the previous run's files, or an empty map when there was none
   */
  public RunHistory.InputCounts compareWith(Map<String, String> previous) {
    long added = 0;
    long changed = 0;
    long unchanged = 0;
    for (Map.Entry<String, FileEntry> e : files.entrySet()) {
      String before = previous.get(e.getKey());
      if (before == null) {
        added++;
      } else if (before.equals(e.getValue().sha256())) {
        unchanged++;
      } else {
        changed++;
      }
    }
    long removed = previous.keySet().stream().filter(p -> !files.containsKey(p)).count();
    return new RunHistory.InputCounts(added, changed, unchanged, removed);
  }

  /** The sha256 of every file, by path. */
  public Map<String, String> sha256ByPath() {
    Map<String, String> out = new TreeMap<>();
    files.forEach((path, e) -> out.put(path, e.sha256()));
    return out;
  }

  /** The inventory as written into the snapshot's manifest (section {@code nightly}). */
  public List<Map<String, Object>> asList() {
    List<Map<String, Object>> out = new ArrayList<>();
    files.forEach(
        (path, e) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("path", path);
          m.put("relative_path", e.relativePath());
          m.put("sha256", e.sha256());
          m.put("status", e.status());
          out.add(m);
        });
    return out;
  }

  private static String sha256(Configuration conf, String path) throws IOException {
    Path p = new Path(path);
    MessageDigest sha = digest();
    try (InputStream in = new DigestInputStream(p.getFileSystem(conf).open(p), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
