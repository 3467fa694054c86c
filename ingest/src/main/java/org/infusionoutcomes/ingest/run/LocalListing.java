package org.infusionoutcomes.ingest.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Lists a local input tree with {@code java.nio} instead of Hadoop's local file system, which hangs
 * on a FIFO (it opens it), fails on a ':' in a name ("Relative path in absolute URI") and silently
 * drops a name that is not valid UTF-8. Every entry that is not a readable regular file with a
 * usable name is returned as a skipped {@link InputFile} naming the rule, so it is reported and the
 * rest of the tree is still read. A root that is a symbolic link to a folder is followed (its
 * entries listed under the root as given); links inside the tree are not.
 */
final class LocalListing {
  private static final long BLOCK_SIZE = 32L * 1024 * 1024;

  private LocalListing() {}

  static List<FileStatus> list(Path root, String input, List<InputFile> refused) {
    java.nio.file.Path start = java.nio.file.Path.of(root.toUri());
    if (!Files.exists(start)) {
      throw new InputDiscovery.InputNotFoundException(input);
    }
    List<FileStatus> files = new ArrayList<>();
    try {
      if (!Files.isDirectory(start)) {
        String skip = oddEntry(start, start.getFileName().toString());
        if (skip != null) {
          refused.add(skipped(start, start.getFileName().toString(), skip));
        } else {
          files.add(status(start));
        }
        return files;
      }
      // An input root that is a symbolic link to a folder (a landing zone's "current" link) is
      // followed; links inside the tree are not (a link to a folder there is skipped by rule).
      // Entries keep their path below the root as given, so outputs name the link, not its target.
      java.nio.file.Path walked = Files.isSymbolicLink(start) ? start.toRealPath() : start;
      Files.walkFileTree(
          walked,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(java.nio.file.Path found, BasicFileAttributes attrs)
                throws IOException {
              java.nio.file.Path below = walked.relativize(found);
              java.nio.file.Path file = start.resolve(below);
              String relative = below.toString();
              String skip = oddEntry(file, relative);
              if (skip != null) {
                refused.add(skipped(file, relative, skip));
              } else {
                files.add(status(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(java.nio.file.Path found, IOException e) {
              java.nio.file.Path below = walked.relativize(found);
              refused.add(
                  skipped(
                      start.resolve(below),
                      below.toString(),
                      IngestErrors.inputEntryUnreadable(e.getMessage())));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(s -> InputDiscovery.relativise(root, s)));
    refused.sort(Comparator.comparing(InputFile::relativePath));
    return files;
  }

  /** Why an entry is not read, or null for an ordinary file. */
  private static String oddEntry(java.nio.file.Path file, String relative) {
    // A name whose bytes are not UTF-8 decodes with U+FFFD and cannot be written to the outputs
    // (manifest, rejects) as text; the file is skipped rather than silently dropped.
    if (relative.indexOf('\uFFFD') >= 0
        || !Files.exists(java.nio.file.Path.of(file.toString()), LinkOption.NOFOLLOW_LINKS)) {
      return IngestErrors.inputNameNotUtf8();
    }
    // FIFOs, sockets and devices: opening one can block for ever or never end.
    if (!Files.isRegularFile(file)) {
      return IngestErrors.inputNotRegularFile();
    }
    // Hadoop paths read "a:b" as scheme "a" (and so do its checksum files), so such a file could
    // be listed but not opened by the readers.
    if (relative.indexOf(':') >= 0) {
      return IngestErrors.inputNameHasColon();
    }
    if (!Files.isReadable(file)) {
      return IngestErrors.inputEntryUnreadable("permission denied");
    }
    return null;
  }

  private static FileStatus status(java.nio.file.Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStatus(
          a.size(), false, 1, BLOCK_SIZE, a.lastModifiedTime().toMillis(), new Path(file.toUri()));
    } catch (NoSuchFileException e) {
      throw new IOException("file vanished while listing: " + file, e);
    }
  }

  private static InputFile skipped(java.nio.file.Path file, String relative, String reason) {
    long size;
    try {
      size = Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      size = 0;
    }
    return new InputFile(file.toUri().toString(), relative, size, InputFile.SKIPPED, null, reason);
  }
}
