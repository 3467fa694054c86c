package org.infusionoutcomes.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code WAREHOUSE/history.jsonl}: one JSON line per nightly run, whatever its outcome
 * (docs/operations.md, "Logs and history"). Lines are only ever appended; a reader skips a line it
 * cannot parse (a run killed while writing it).
 */
public final class RunHistory {
  public static final String PUBLISHED = "published";
  public static final String UNCHANGED = "unchanged";
  public static final String FAILED = "failed";
  public static final String LOCKED = "locked";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Input files compared with the last published run.
   *
   * @param added files not seen in the last published run
   * @param changed files whose sha256 differs
   * @param unchanged files with the same sha256
   * @param removed files of the last published run that are gone
   */
  public record InputCounts(long added, long changed, long unchanged, long removed) {
    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("new", added);
      m.put("changed", changed);
      m.put("unchanged", unchanged);
      m.put("removed", removed);
      return m;
    }
  }

  /**
   * Records of the run.
   *
   * @param read records read
   * @param accepted records accepted
   * @param rejected records rejected
   */
  public record RecordCounts(long read, long accepted, long rejected) {
    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("read", read);
      m.put("accepted", accepted);
      m.put("rejected", rejected);
      return m;
    }
  }

  /**
   * How the run got the parsed records of its input files.
   *
   * @param parsed files parsed in this run
   * @param fromCache files whose parsed records came from the cache of parsed inputs
   */
  public record ParseCounts(long parsed, long fromCache) {
    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("parsed", parsed);
      m.put("from_cache", fromCache);
      return m;
    }
  }

  /**
   * One line of the history.
   *
   * @param runId the run's id (null for a run that found the lock held: it read nothing)
   * @param started start (UTC)
   * @param finished end (UTC)
   * @param status {@code published}, {@code unchanged}, {@code failed} or {@code locked}
   * @param exitCode the process's exit code
   * @param snapshot the snapshot published (or, when unchanged, still current), or null
   * @param inputs input files compared with the last published run, or null when not known
   * @param records records of the run, or null when nothing was read
   * @param message what happened, in words
   * @param lockTakeover the stale lock holder this run took over from, or null
   * @param parsing files parsed and taken from the cache, or null when nothing was read
   */
  public record Entry(
      String runId,
      Instant started,
      Instant finished,
      String status,
      int exitCode,
      String snapshot,
      InputCounts inputs,
      RecordCounts records,
      String message,
      WarehouseLock.Holder lockTakeover,
      ParseCounts parsing) {

    /** The JSON line, keys in the order docs/operations.md ("Logs and history") lists them. */
    public String toJson() throws IOException {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run_id", runId);
      m.put("started", started == null ? null : started.toString());
      m.put("finished", finished == null ? null : finished.toString());
      m.put("status", status);
      m.put("exit_code", exitCode);
      m.put("snapshot", snapshot);
      m.put("inputs", inputs == null ? null : inputs.asMap());
      m.put("records", records == null ? null : records.asMap());
      if (parsing != null) {
        m.put("parsing", parsing.asMap());
      }
      m.put("message", message);
      if (lockTakeover != null) {
        Map<String, Object> t = lockTakeover.asMap();
        t.remove("token");
        m.put("lock_takeover", t);
      }
      return JSON.writeValueAsString(m);
    }
  }

  private final Warehouse warehouse;

  public RunHistory(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Appends one line. */
  public void append(Entry e) throws IOException {
    warehouse.appendLine(warehouse.historyFile(), e.toJson());
  }

  /** Every readable line, oldest first. */
  public List<JsonNode> read() throws IOException {
    byte[] bytes = warehouse.readIfExists(warehouse.historyFile());
    List<JsonNode> out = new ArrayList<>();
    if (bytes == null) {
      return out;
    }
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        // a line cut short by a killed run: not a record of anything
      }
    }
    return out;
  }

  /** The snapshots that history records as published. */
  public List<String> publishedSnapshots() throws IOException {
    return read().stream()
        .filter(n -> PUBLISHED.equals(n.path("status").asText()))
        .map(n -> n.path("snapshot").asText(null))
        .filter(s -> s != null && !s.isEmpty())
        .toList();
  }

  /** The last line, if any. */
  public Optional<JsonNode> last() throws IOException {
    List<JsonNode> all = read();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
