package org.infusionoutcomes.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output directory replaced only by a complete build (docs/operations.md, "`run` is safe too"):
 * the stages write into a hidden sibling {@code .<name>.tmp-<id>}, which is renamed into place when
 * the run has finished. An existing output is first renamed aside ({@code .<name>.old-<id>}) and
 * deleted once the new one is in place, so the directory always holds either the previous complete
 * run or the new one; a run that fails or is killed leaves the existing output untouched (a killed
 * run leaves its hidden temporary sibling, which can be deleted).
 *
 * @param fs the filesystem of the output
 * @param target the output directory
 * @param build the hidden sibling the stages write into
 */
public record AtomicOutputDirectory(FileSystem fs, Path target, Path build) {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicOutputDirectory.class);

  /** A build directory beside {@code outputDir} (nothing is created yet). */
  public static AtomicOutputDirectory beside(Configuration conf, String outputDir) {
    Path target = new Path(outputDir);
    FileSystem fs = Warehouse.fileSystem(conf, target, outputDir);
    if (target.getParent() == null) {
      throw new IllegalArgumentException("the output cannot be a filesystem root: " + outputDir);
    }
    Path build = new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
    return new AtomicOutputDirectory(fs, target, build);
  }

  /** Where the stages write. */
  public String buildDir() {
    return build.toString();
  }

  /** Renames the complete build into place, replacing the previous output. */
  public void publish() {
    try {
      if (!fs.exists(target)) {
        rename(build, target);
        return;
      }
      Path old = new Path(target.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID());
      rename(target, old);
      try {
        rename(build, target);
      } catch (IOException e) {
        rename(old, target);
        throw e;
      }
      fs.delete(old, true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move the finished run from " + build + " to " + target + ": " + e.getMessage(),
          e);
    }
  }

  /** Deletes the build of a run that failed; the previous output stays as it was. */
  public void discard() {
    try {
      fs.delete(build, true);
      LOG.warn("the run did not finish: {} was left as it was", target);
    } catch (IOException e) {
      LOG.warn("cannot delete the unfinished build {}: {}", build, e.getMessage());
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }
}
