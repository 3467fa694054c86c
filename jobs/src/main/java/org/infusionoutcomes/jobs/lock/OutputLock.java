package org.infusionoutcomes.jobs.lock;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.jobs.config.JobErrors;

/**
 * A lock on one output folder: {@code DIR.lock}, a sibling of the output (so it survives the output
 * being replaced), created atomically (create-if-absent) and holding host, pid and start time. A
 * second run on the same output finds it and is refused; a lock left by a dead process on this host
 * is taken over. Released by {@link #close()}.
 */
public final class OutputLock implements AutoCloseable {
  private final FileSystem fs;
  private final Path file;

  private OutputLock(FileSystem fs, Path file) {
    this.fs = fs;
    this.file = file;
  }

  /** The lock file of an output folder. */
  public static Path lockFileOf(Path output) {
    return new Path(output.getParent(), output.getName() + ".lock");
  }

  /**
   * Takes the lock of {@code output}.
   *
   * @throws LockedException when another live run holds it
   */
  public static OutputLock acquire(Configuration conf, Path output) {
    Path file = lockFileOf(output);
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(file.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        try (OutputStream out = fs.create(file, false)) {
          out.write(holderText().getBytes(StandardCharsets.UTF_8));
          return new OutputLock(fs, file);
        } catch (FileAlreadyExistsException e) {
          Properties holder = read(fs, file);
          if (holder != null && !isDeadHere(holder)) {
            throw new LockedException(
                JobErrors.outputLocked(
                    output.toString(),
                    file.toString(),
                    holder.getProperty("host", "?"),
                    holder.getProperty("pid", "?"),
                    holder.getProperty("started", "?")));
          }
          // the holder died on this host (or the file vanished): take the lock over
          fs.delete(file, false);
        }
      }
      throw new LockedException(
          JobErrors.outputLocked(output.toString(), file.toString(), "?", "?", "?"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static String holderText() throws IOException {
    return "host="
        + host()
        + "\npid="
        + ProcessHandle.current().pid()
        + "\nstarted="
        + Instant.now()
        + "\n";
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Properties read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  private static boolean isDeadHere(Properties holder) {
    if (!host().equals(holder.getProperty("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder.getProperty("pid", "").trim());
      return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false; // unreadable holder: never taken over silently
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** Another live run holds the lock of the output. */
  public static final class LockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockedException(String message) {
      super(message);
    }
  }
}
