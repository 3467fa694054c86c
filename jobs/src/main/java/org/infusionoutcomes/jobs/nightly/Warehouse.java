package org.infusionoutcomes.jobs.nightly;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The layout of a nightly warehouse (docs/operations.md, "Warehouse layout") and the few file
 * operations whose atomicity the nightly contract rests on.
 *
 * <pre>
 * WAREHOUSE/snapshots/&lt;yyyyMMdd'T'HHmmss'Z'&gt;-&lt;run_id&gt;/   one complete output layout per published run
 * WAREHOUSE/current -&gt; snapshots/...                        local filesystem: a symbolic link
 * WAREHOUSE/CURRENT                                         other Hadoop filesystems: one line naming the snapshot
 * WAREHOUSE/history.jsonl                                   one JSON line per run
 * WAREHOUSE/staging/                                        snapshots being built (never read)
 * WAREHOUSE/state/                                          the cache of parsed inputs (ParsedInputCache)
 * WAREHOUSE/.lock                                           held by the running nightly
 * </pre>
 *
 * On the local filesystem the operations go through {@code java.nio} (an exclusive create is {@code
 * O_EXCL}, the switch of {@code current} is {@code rename(2)} of a fresh symbolic link); on any
 * other Hadoop filesystem through {@link FileSystem} and {@link FileContext} (create without
 * overwrite, rename with {@link Options.Rename#OVERWRITE}), which HDFS performs atomically.
 */
public final class Warehouse {
  public static final String SNAPSHOTS = "snapshots";
  public static final String STAGING = "staging";
  public static final String STATE = "state";
  public static final String HISTORY = "history.jsonl";
  public static final String LOCK = ".lock";
  public static final String CURRENT_LINK = "current";
  public static final String CURRENT_POINTER = "CURRENT";

  private final Configuration conf;
  private final FileSystem fs;
  private final Path root;
  private final boolean local;

  private Warehouse(Configuration conf, FileSystem fs, Path root) {
    this.conf = conf;
    this.fs = fs;
    this.root = root;
    this.local = "file".equals(root.toUri().getScheme());
  }

  /** The warehouse at {@code uri} (a local path or a Hadoop URI); nothing is created. */
  public static Warehouse open(Configuration conf, String uri) {
    Path p = new Path(uri);
    FileSystem fs = fileSystem(conf, p, "the warehouse " + uri);
    return new Warehouse(conf, fs, fs.makeQualified(p));
  }

  /**
   * The filesystem of {@code p}; one that cannot be opened is reported as {@code cannot open
   * <what>: <reason>}.
   */
  static FileSystem fileSystem(Configuration conf, Path p, String what) {
    try {
      return p.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + what + ": " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  /** Whether {@code current} is a symbolic link (local) or the {@code CURRENT} pointer file. */
  public boolean usesSymbolicLink() {
    return local;
  }

  public Path snapshot(String name) {
    return new Path(new Path(root, SNAPSHOTS), name);
  }

  public Path staging(String name) {
    return new Path(new Path(root, STAGING), name);
  }

  public Path stagingDir() {
    return new Path(root, STAGING);
  }

  /** The cache of parsed inputs. */
  public Path state() {
    return new Path(root, STATE);
  }

  public Path historyFile() {
    return new Path(root, HISTORY);
  }

  public Path lockFile() {
    return new Path(root, LOCK);
  }

  /** Creates the warehouse's directories (snapshots, staging, state) when missing. */
  /** Creates the root folder if it is missing (the parent folder of an output lock). */
  public void ensureRoot() throws IOException {
    if (!fs.exists(root) && !fs.mkdirs(root)) {
      throw new IOException("cannot create " + root);
    }
  }

  public void ensureLayout() throws IOException {
    for (String d : List.of(SNAPSHOTS, STAGING, STATE)) {
      Path p = new Path(root, d);
      if (!fs.exists(p) && !fs.mkdirs(p)) {
        throw new IOException("cannot create " + p);
      }
    }
  }

  /** The snapshot {@code current} names, if any. */
  public Optional<String> currentSnapshot() throws IOException {
    if (local) {
      java.nio.file.Path link = localPath(new Path(root, CURRENT_LINK));
      if (!Files.isSymbolicLink(link)) {
        return Optional.empty();
      }
      java.nio.file.Path target = Files.readSymbolicLink(link);
      return Optional.of(target.getFileName().toString());
    }
    byte[] pointer = readIfExists(new Path(root, CURRENT_POINTER));
    if (pointer == null) {
      return Optional.empty();
    }
    String name = new String(pointer, StandardCharsets.UTF_8).trim();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * Points {@code current} at a snapshot in one atomic rename: a new symbolic link (local) or a new
   * pointer file (other filesystems) is written beside it and renamed over it, so a reader sees
   * either the old snapshot or the new one, never neither.
   */
  public void switchCurrent(String snapshotName) throws IOException {
    if (!fs.exists(snapshot(snapshotName))) {
      throw new FileNotFoundException("no snapshot " + snapshot(snapshotName));
    }
    String tmpName = "." + CURRENT_LINK + ".tmp-" + UUID.randomUUID();
    if (local) {
      java.nio.file.Path tmp = localPath(new Path(root, tmpName));
      Files.createSymbolicLink(tmp, Paths.get(SNAPSHOTS, snapshotName));
      try {
        Files.move(tmp, localPath(new Path(root, CURRENT_LINK)), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      return;
    }
    Path tmp = new Path(root, tmpName);
    try (OutputStream out = fs.create(tmp, false)) {
      out.write((snapshotName + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try {
      FileContext.getFileContext(root.toUri(), conf)
          .rename(tmp, new Path(root, CURRENT_POINTER), Options.Rename.OVERWRITE);
    } catch (IOException e) {
      fs.delete(tmp, false);
      throw e;
    }
  }

  /** The names of the snapshot directories, oldest first (names start with their UTC time). */
  public List<String> snapshots() throws IOException {
    Path dir = new Path(root, SNAPSHOTS);
    List<String> names = new ArrayList<>();
    if (!fs.exists(dir)) {
      return names;
    }
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.isDirectory()) {
        names.add(s.getPath().getName());
      }
    }
    names.sort(null);
    return names;
  }

  /** The entries of {@code staging/} (what runs that died left behind). */
  public List<Path> stagingEntries() throws IOException {
    List<Path> out = new ArrayList<>();
    if (fs.exists(stagingDir())) {
      for (FileStatus s : fs.listStatus(stagingDir())) {
        out.add(s.getPath());
      }
    }
    return out;
  }

  /** Moves a complete staged build into {@code snapshots/} (one directory rename). */
  public void moveToSnapshots(String name) throws IOException {
    if (!fs.rename(staging(name), snapshot(name))) {
      throw new IOException("cannot rename " + staging(name) + " to " + snapshot(name));
    }
  }

  /**
   * Creates a file only if it does not exist, atomically (the basis of the lock).
   *
   * @return false when the file already exists
   */
  public boolean createExclusive(Path p, byte[] content) throws IOException {
    if (local) {
      try (OutputStream out = Files.newOutputStream(localPath(p), StandardOpenOption.CREATE_NEW)) {
        out.write(content);
      } catch (FileAlreadyExistsException e) {
        return false;
      }
      return true;
    }
    try (OutputStream out = fs.create(p, false)) {
      out.write(content);
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      // HDFS reports a concurrent create of the same path as AlreadyBeingCreatedException.
      if (e.getClass().getSimpleName().contains("AlreadyBeingCreated")) {
        return false;
      }
      throw e;
    }
    return true;
  }

  /** The bytes of a file, or null when it does not exist. */
  public byte[] readIfExists(Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    } catch (FileNotFoundException | NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Appends one line. A line a killed run left unterminated is closed first, so it cannot swallow
   * this one. Locally an {@code O_APPEND} write; on other filesystems the file is rewritten beside
   * itself and renamed into place (a line written at the same instant by a run that found the lock
   * held can then be lost; the lock holder's lines cannot).
   */
  public void appendLine(Path p, String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    if (local) {
      java.nio.file.Path f = localPath(p);
      if (Files.exists(f) && Files.size(f) > 0 && !endsWithNewline(p, Files.size(f))) {
        bytes = ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
      }
      Files.write(f, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return;
    }
    // HDFS append needs a replacement datanode on small clusters and can fail there: rewrite the
    // file beside itself and rename it over the old one instead (atomic on HDFS).
    byte[] before = readIfExists(p);
    Path tmp = new Path(p.getParent(), "." + p.getName() + ".tmp-" + UUID.randomUUID());
    try (OutputStream out = fs.create(tmp, false)) {
      if (before != null && before.length > 0) {
        out.write(before);
        if (before[before.length - 1] != '\n') {
          out.write('\n');
        }
      }
      out.write(bytes);
    }
    try {
      FileContext.getFileContext(root.toUri(), conf).rename(tmp, p, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      fs.delete(tmp, false);
      throw e;
    }
  }

  private boolean endsWithNewline(Path p, long len) throws IOException {
    try (FSDataInputStream in = fs.open(p)) {
      in.seek(len - 1);
      return in.read() == '\n';
    }
  }

  /** Renames a file or directory; false when the source is gone. */
  public boolean rename(Path from, Path to) throws IOException {
    if (local) {
      try {
        Files.move(localPath(from), localPath(to), StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return fs.exists(from) && fs.rename(from, to);
  }

  /** Deletes a file or directory tree (nothing when it does not exist). */
  public void delete(Path p) throws IOException {
    fs.delete(p, true);
  }

  public boolean exists(Path p) throws IOException {
    return fs.exists(p);
  }

  private static java.nio.file.Path localPath(Path p) {
    return Paths.get(p.toUri());
  }
}
