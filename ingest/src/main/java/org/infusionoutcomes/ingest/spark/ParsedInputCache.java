package org.infusionoutcomes.ingest.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache of parsed inputs of nightly runs (docs/operations.md, "The cache of parsed inputs"):
 * what reading one input file produced (its observations and rejects, after the identifier screen),
 * kept in a directory ({@code WAREHOUSE/state/}) so that a later run does not parse the file again.
 *
 * <p>An entry is keyed by the sha256 of everything the parse of a file depends on: the file's
 * content (sha256), its path and path below the input root (they are in every record and message),
 * its format, default study id and assigned mapping file (with its text), the scale definitions of
 * the run, the size of the parts large files are read in, the caller's settings text (tool version
 * and the ingest settings) and the shape of the stored record types. A change to any of them gives
 * another key, so the file is parsed again.
 *
 * <p>Layout: {@code <root>/<key>/} holds {@code part-NNNNN} files (the records of one read task,
 * Java-serialised and deflated, ending in a null) and {@code _ENTRY} (properties: format, key,
 * sha256, records read, the part files and their record counts). Executors write the parts into
 * {@code <root>/_tmp/<uuid>/<key>/}; the driver then writes {@code _ENTRY} and renames the
 * directory into place, so a run killed at any point leaves no half entry visible. An entry that
 * cannot be read is logged and ignored (the file is parsed again and its entry replaced), never
 * fatal. Records are stored with the file's input-order position of the run that parsed them and
 * renumbered to the current position on load ({@link ParsedRecord#withFileOrder}).
 */
public final class ParsedInputCache {
  private static final Logger LOG = LoggerFactory.getLogger(ParsedInputCache.class);

  /** Version of the entry layout; part of every key. */
  static final int FORMAT = 1;

  static final String ENTRY_FILE = "_ENTRY";
  static final String TMP = "_tmp";
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
  private static final int RESET_EVERY = 1024;
  private static final String SCHEMA = schemaOf(ParsedRecord.class);

  /**
   * What the last ingest did with the cache.
   *
   * @param parsed files parsed (not taken from the cache)
   * @param fromCache files whose parsed records came from the cache
   * @param unreadableEntries entries found but unreadable (those files were parsed again)
   * @param stored entries written
   * @param keys the keys of every file of the run (the entries still in use)
   */
  public record Usage(
      int parsed, int fromCache, int unreadableEntries, int stored, Set<String> keys) {
    public Usage {
      keys = Set.copyOf(keys);
    }
  }

  /**
   * One part file of an entry.
   *
   * @param name its file name
   * @param records records in it
   */
  record Part(String name, long records) implements Serializable {}

  /**
   * A complete entry found for a file of this run.
   *
   * @param key the entry's key
   * @param dir the entry's directory
   * @param parts its part files
   * @param recordsRead records the parse read from the file
   * @param sha256 the file's sha256
   */
  record Entry(String key, String dir, List<Part> parts, long recordsRead, String sha256)
      implements Serializable {}

  /**
   * Reads one part file of an entry on an executor ({@code part} null: an entry without records);
   * {@code stat} (the file's statistics at the current position) goes with the first task of an
   * entry.
   */
  record LoadTask(SourceFile file, String part, int index, long records, FileStat stat)
      implements IngestJob.Task {
    @Override
    public Iterator<ParsedRecord> records(SerializableHadoopConf hadoop, ReadContext context) {
      return load(this, hadoop.get());
    }
  }

  /** A part file written by an executor: for which file, its name, how many records. */
  record StoredPart(int fileOrder, String name, long records) implements Serializable {}

  private final Path root;
  private final String settings;
  private final Map<String, String> sha256ByPath;
  private final Map<Integer, String> keyByOrder = new HashMap<>();
  private int unreadableAtLookup;
  private Usage usage = new Usage(0, 0, 0, 0, Set.of());

  private ParsedInputCache(Path root, String settings, Map<String, String> sha256ByPath) {
    this.root = root;
    this.settings = settings;
    this.sha256ByPath = Map.copyOf(sha256ByPath);
  }

  /**
   * The cache in directory {@code root} (any Hadoop URI).
   *
   * @param settings the parse-relevant settings outside the ingest stage's reach, as stable text
   *     (the tool's version and commit, the ingest settings of the configuration)
   * @param sha256ByPath the sha256 of every input file (path as in {@link SourceFile#path()}),
   *     computed before the run; a file missing here is always parsed
   */
  public static ParsedInputCache at(
      String root, String settings, Map<String, String> sha256ByPath) {
    return new ParsedInputCache(new Path(root), settings, sha256ByPath);
  }

  /** The cache's directory. */
  public Path root() {
    return root;
  }

  /** What the last ingest did with the cache. */
  public Usage usage() {
    return usage;
  }

  /** The key of a file's entry, or null when the file's sha256 is not known. */
  String key(SourceFile f, ScaleRegistry registry, long partBytes) {
    String sha = sha256ByPath.get(f.path());
    if (sha == null) {
      return null;
    }
    SourceFile withoutOrder =
        new SourceFile(f.path(), f.relativePath(), 0, f.format(), f.defaultStudyId(), f.mapping());
    String text =
        "format "
            + FORMAT
            + "\nschema "
            + SCHEMA
            + "\nsettings "
            + settings
            + "\npart_bytes "
            + partBytes
            + "\nscales "
            + registry.sources()
            + "\nfile "
            + withoutOrder
            + "\nsha256 "
            + sha
            + "\n";
    return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Finds the complete, readable entries of the files (driver side: reads each {@code _ENTRY}).
   *
   * @return by file order, the entries to load instead of parsing
   */
  Map<Integer, Entry> lookup(
      Configuration conf, List<SourceFile> files, ScaleRegistry registry, long partBytes) {
    keyByOrder.clear();
    unreadableAtLookup = 0;
    Map<Integer, Entry> hits = new TreeMap<>();
    for (SourceFile f : files) {
      String key = key(f, registry, partBytes);
      if (key == null) {
        continue;
      }
      keyByOrder.put(f.order(), key);
      Path dir = new Path(root, key);
      try {
        Entry e = readEntry(conf, dir, key, sha256ByPath.get(f.path()));
        if (e != null) {
          hits.put(f.order(), e);
        }
      } catch (IOException | RuntimeException e) {
        unreadableAtLookup++;
        LOG.warn(
            "cache of parsed inputs: the entry {} for {} cannot be read ({}); the file is parsed"
                + " again",
            dir,
            f.relativePath(),
            describe(e));
      }
    }
    return hits;
  }

  private static Entry readEntry(Configuration conf, Path dir, String key, String sha)
      throws IOException {
    Path file = new Path(dir, ENTRY_FILE);
    FileSystem fs = file.getFileSystem(conf);
    Properties p = new Properties();
    try (InputStream in = fs.open(file)) {
      p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (FileNotFoundException e) {
      return null;
    }
    if (!String.valueOf(FORMAT).equals(p.getProperty("format"))
        || !key.equals(p.getProperty("key"))
        || !sha.equals(p.getProperty("sha256"))) {
      throw new IOException(ENTRY_FILE + " does not describe this entry");
    }
    List<Part> parts = new ArrayList<>();
    String list = p.getProperty("parts", "");
    for (String s : list.isEmpty() ? new String[0] : list.split(",")) {
      int colon = s.lastIndexOf(':');
      if (colon <= 0) {
        throw new IOException(ENTRY_FILE + " lists a malformed part '" + s + "'");
      }
      parts.add(new Part(s.substring(0, colon), Long.parseLong(s.substring(colon + 1))));
    }
    return new Entry(
        key,
        dir.toString(),
        parts,
        Long.parseLong(p.getProperty("records_read", "missing records_read")),
        sha);
  }

  /** The read tasks that load an entry in place of parsing {@code file}. */
  static List<LoadTask> loadTasks(SourceFile file, Entry e) {
    FileStat stat = new FileStat(file.order(), file.path(), e.recordsRead(), e.sha256(), 0);
    List<LoadTask> tasks = new ArrayList<>();
    if (e.parts().isEmpty()) {
      tasks.add(new LoadTask(file, null, 0, 0, stat));
    }
    for (int i = 0; i < e.parts().size(); i++) {
      Part p = e.parts().get(i);
      tasks.add(
          new LoadTask(
              file, new Path(e.dir(), p.name()).toString(), i, p.records(), i == 0 ? stat : null));
    }
    return tasks;
  }

  /**
   * Loads one part of an entry (executor side), renumbered to the file's current position; a part
   * that cannot be read gives one {@link ParsedRecord#CACHE_MISS} marker instead.
   */
  static Iterator<ParsedRecord> load(LoadTask t, Configuration conf) {
    int order = t.file().order();
    List<ParsedRecord> out = new ArrayList<>();
    if (t.stat() != null) {
      out.add(ParsedRecord.of(t.stat()));
    }
    if (t.part() == null) {
      return out.iterator();
    }
    Path path = new Path(t.part());
    try (ObjectInputStream in =
        new ObjectInputStream(
            new BufferedInputStream(
                new InflaterInputStream(
                    new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16)),
                1 << 16))) {
      in.setObjectInputFilter(
          ObjectInputFilter.Config.createFilter(
              "maxdepth=20;org.infusionoutcomes.**;java.lang.*;java.time.*;java.util.*;!*"));
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("entry format " + format + ", expected " + FORMAT);
      }
      long n = 0;
      for (Object o = in.readObject(); o != null; o = in.readObject()) {
        out.add(((ParsedRecord) o).withFileOrder(order));
        n++;
      }
      if (n != t.records()) {
        throw new IOException("holds " + n + " records, its entry says " + t.records());
      }
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.warn(
          "cache of parsed inputs: {} cannot be read ({}); {} is parsed again",
          path,
          describe(e),
          t.file().relativePath());
      return List.of(ParsedRecord.cacheMiss(order, t.index())).iterator();
    }
    return IngestJob.draining(out);
  }

  /** The files of a run whose entry could not be loaded (they are parsed instead). */
  static Set<Integer> missed(List<ParsedRecord> counts) {
    Set<Integer> out = new HashSet<>();
    for (ParsedRecord r : counts) {
      if (ParsedRecord.CACHE_MISS.equals(r.kind())) {
        out.add(r.part().fileOrder());
      }
    }
    return out;
  }

  /**
   * Writes the parsed records of {@code parsedFiles} as new entries: executors write the part
   * files, the driver each {@code _ENTRY} and the rename into place. A failure is logged, not
   * thrown: the run goes on, and the next run parses those files again.
   *
   * @param stats every file's statistics (a file whose checksum at reading differs from the one the
   *     key was made of changed during the run, and is not stored)
   */
  void store(
      JavaRDD<ParsedRecord> parsed,
      List<SourceFile> parsedFiles,
      List<FileStat> stats,
      Broadcast<SerializableHadoopConf> hadoop,
      Configuration conf) {
    Map<Integer, FileStat> statByOrder = new HashMap<>();
    stats.forEach(s -> statByOrder.put(s.fileOrder(), s));
    Path tmp = new Path(new Path(root, TMP), UUID.randomUUID().toString());
    Map<Integer, String> tmpDirs = new HashMap<>();
    for (SourceFile f : parsedFiles) {
      String key = keyByOrder.get(f.order());
      FileStat s = statByOrder.get(f.order());
      if (key == null || s == null) {
        continue;
      }
      if (!s.sha256().equals(sha256ByPath.get(f.path()))) {
        LOG.warn(
            "cache of parsed inputs: {} changed while the run read it; not kept", f.relativePath());
        continue;
      }
      tmpDirs.put(f.order(), new Path(tmp, key).toString());
    }
    int stored = 0;
    if (!tmpDirs.isEmpty()) {
      try {
        Map<Integer, String> dirs = Map.copyOf(tmpDirs);
        List<StoredPart> written =
            parsed
                .mapPartitionsWithIndex(
                    (index, records) ->
                        writeParts(index, records, dirs, hadoop.value().get()).iterator(),
                    false)
                .collect();
        Map<Integer, List<StoredPart>> byOrder = new TreeMap<>();
        written.forEach(p -> byOrder.computeIfAbsent(p.fileOrder(), k -> new ArrayList<>()).add(p));
        FileSystem fs = root.getFileSystem(conf);
        for (SourceFile f : parsedFiles) {
          String dir = tmpDirs.get(f.order());
          if (dir == null) {
            continue;
          }
          String key = keyByOrder.get(f.order());
          commit(
              fs,
              new Path(dir),
              key,
              statByOrder.get(f.order()),
              byOrder.getOrDefault(f.order(), List.of()));
          stored++;
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn(
            "cache of parsed inputs: cannot store parsed inputs in {} ({}); the next run parses"
                + " those files again",
            root,
            describe(e));
      } finally {
        try {
          // one run at a time works in a warehouse (its lock): nothing else is in _tmp
          root.getFileSystem(conf).delete(new Path(root, TMP), true);
        } catch (IOException | RuntimeException e) {
          LOG.warn(
              "cache of parsed inputs: cannot remove {} ({})", new Path(root, TMP), describe(e));
        }
      }
    }
    usage =
        new Usage(
            usage.parsed(), usage.fromCache(), usage.unreadableEntries(), stored, usage.keys());
  }

  /** Records what the run did with the cache (called by the ingest stage). */
  void recordUsage(int parsed, int fromCache, int unreadable) {
    usage =
        new Usage(
            parsed,
            fromCache,
            unreadable + unreadableAtLookup,
            0,
            new LinkedHashSet<>(keyByOrder.values()));
  }

  private void commit(FileSystem fs, Path tmpDir, String key, FileStat stat, List<StoredPart> parts)
      throws IOException {
    fs.mkdirs(tmpDir);
    Properties p = new Properties();
    p.setProperty("format", String.valueOf(FORMAT));
    p.setProperty("key", key);
    p.setProperty("sha256", stat.sha256());
    p.setProperty("records_read", String.valueOf(stat.recordsRead()));
    List<String> names = new ArrayList<>();
    parts.stream()
        .sorted(java.util.Comparator.comparing(StoredPart::name))
        .forEach(s -> names.add(s.name() + ":" + s.records()));
    p.setProperty("parts", String.join(",", names));
    StringWriter text = new StringWriter();
    p.store(text, null);
    try (OutputStream out = fs.create(new Path(tmpDir, ENTRY_FILE), true)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path target = new Path(root, key);
    if (fs.exists(target)) {
      // an entry this run could not read: replaced by the one just parsed
      fs.delete(target, true);
    }
    if (!fs.rename(tmpDir, target)) {
      throw new IOException("cannot rename " + tmpDir + " to " + target);
    }
  }

  /** Writes the records of one partition (executor side), one part file per file. */
  static List<StoredPart> writeParts(
      int index, Iterator<ParsedRecord> records, Map<Integer, String> dirs, Configuration conf)
      throws IOException {
    Map<Integer, ObjectOutputStream> open = new TreeMap<>();
    Map<Integer, Long> counts = new TreeMap<>();
    String name = String.format("part-%05d", index);
    try {
      while (records.hasNext()) {
        ParsedRecord r = records.next();
        if (r.file() != null || r.part() != null) {
          continue; // statistics: rebuilt from _ENTRY on load
        }
        int order = r.fileOrder();
        String dir = dirs.get(order);
        if (dir == null) {
          continue;
        }
        ObjectOutputStream out = open.get(order);
        if (out == null) {
          Path path = new Path(dir, name);
          out =
              new ObjectOutputStream(
                  new BufferedOutputStream(
                      new DeflaterOutputStream(
                          path.getFileSystem(conf).create(path, true),
                          new Deflater(Deflater.BEST_SPEED),
                          1 << 16,
                          false),
                      1 << 16));
          out.writeInt(FORMAT);
          open.put(order, out);
        }
        out.writeObject(r);
        long n = counts.merge(order, 1L, Long::sum);
        if (n % RESET_EVERY == 0) {
          out.reset();
        }
      }
      List<StoredPart> out = new ArrayList<>();
      for (Map.Entry<Integer, ObjectOutputStream> e : open.entrySet()) {
        e.getValue().writeObject(null);
        e.getValue().close();
        out.add(new StoredPart(e.getKey(), name, counts.get(e.getKey())));
      }
      open.clear();
      return out;
    } finally {
      for (ObjectOutputStream o : open.values()) {
        try {
          o.close();
        } catch (IOException e) {
          // failing anyway
        }
      }
    }
  }

  /** Removes what runs that died left while storing ({@code _tmp/}). */
  public void deleteTemporary(Configuration conf) throws IOException {
    Path tmp = new Path(root, TMP);
    FileSystem fs = tmp.getFileSystem(conf);
    if (fs.exists(tmp)) {
      fs.delete(tmp, true);
    }
  }

  /**
   * Deletes the entries the last run did not use (files removed or changed, settings changed).
   *
   * @return the number of entries deleted
   */
  public int deleteUnused(Configuration conf) throws IOException {
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      return 0;
    }
    int deleted = 0;
    for (FileStatus s : fs.listStatus(root)) {
      String name = s.getPath().getName();
      if (s.isDirectory() && KEY.matcher(name).matches() && !usage.keys().contains(name)) {
        fs.delete(s.getPath(), true);
        deleted++;
      }
    }
    return deleted;
  }

  /** Names and types of every record component reachable from {@code c}, and enum constants. */
  static String schemaOf(Class<?> c) {
    StringBuilder sb = new StringBuilder();
    describeType(c, new HashSet<>(), sb);
    return hex(sha256().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void describeType(Class<?> c, Set<Class<?>> seen, StringBuilder sb) {
    if (!seen.add(c)) {
      return;
    }
    if (c.isRecord()) {
      sb.append(c.getName()).append('{');
      for (RecordComponent rc : c.getRecordComponents()) {
        sb.append(rc.getName()).append(':').append(rc.getGenericType().getTypeName()).append(';');
      }
      sb.append('}');
      for (RecordComponent rc : c.getRecordComponents()) {
        describeType(rc.getType(), seen, sb);
      }
    } else if (c.isEnum()) {
      sb.append(c.getName()).append(Arrays.toString(c.getEnumConstants()));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  /** An exception as one line (a Spark job failure's message carries the executor's trace). */
  private static String describe(Throwable e) {
    String m = e.getMessage();
    if (m != null && m.indexOf('\n') >= 0) {
      m = m.substring(0, m.indexOf('\n'));
    }
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + m;
  }
}
