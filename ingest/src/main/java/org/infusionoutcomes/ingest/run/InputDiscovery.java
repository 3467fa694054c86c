package org.infusionoutcomes.ingest.run;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.mapping.MappingAssignment;
import org.infusionoutcomes.ingest.mapping.MappingFile;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;

/**
 * Finds the input files of a run on any Hadoop file system and detects their formats (driver side;
 * reads only the first {@link FormatDetector#HEAD_BYTES} of each file). Files are ordered by input
 * argument, then by path relative to the input root, so date-stamped snapshot folders sort in time
 * (docs/decisions.md, "Snapshots and duplicates").
 */
public final class InputDiscovery {
  private InputDiscovery() {}

  /**
   * Lists and classifies the files under {@code inputs}.
   *
   * @param conf Hadoop configuration
   * @param inputs files or directories (Hadoop URIs or local paths)
   * @param forcedFormat a format to use for every data file instead of detection, or null
   * @param configStudyId the config's {@code study_id}, or null
   * @param excluded absolute URIs of files that are not inputs (the config file)
   * @throws InputNotFoundException when an input does not exist
   * @throws org.infusionoutcomes.ingest.config.DefinitionException when a mapping file in the input
   *     is invalid
   */
  public static InputPlan discover(
      Configuration conf,
      List<String> inputs,
      SourceFormat forcedFormat,
      String configStudyId,
      Set<String> excluded) {
    Map<String, String> notes = new java.util.LinkedHashMap<>();
    excluded.forEach(uri -> notes.put(uri, "the run configuration file"));
    return discover(conf, inputs, forcedFormat, configStudyId, notes, ScaleRegistry.shipped());
  }

  /**
   * Lists and classifies the files under {@code inputs}, reading mapping files against the scales
   * of this run.
   *
   * @param conf Hadoop configuration
   * @param inputs files or directories (Hadoop URIs or local paths)
   * @param forcedFormat a format to use for every data file instead of detection, or null
   * @param configStudyId the config's {@code study_id}, or null
   * @param excluded absolute URIs of files that are not inputs (the config file, scale definition
   *     files), each with the note that says why it is skipped
   * @param registry the scales of this run (mapping files may name user scales)
   * @throws InputNotFoundException when an input does not exist
   * @throws org.infusionoutcomes.ingest.config.DefinitionException when a mapping file in the input
   *     is invalid
   */
  public static InputPlan discover(
      Configuration conf,
      List<String> inputs,
      SourceFormat forcedFormat,
      String configStudyId,
      Map<String, String> excluded,
      ScaleRegistry registry) {
    List<InputFile> found = new ArrayList<>();
    List<SourceFile> toRead = new ArrayList<>();
    for (String input : inputs) {
      Path root = qualified(conf, input);
      List<InputFile> refused = new ArrayList<>();
      List<FileStatus> files = list(conf, root, input, refused);
      found.addAll(refused);
      // Mapping files in the tree say which data files they describe (and so their format).
      List<MappingRef> mappings = new ArrayList<>();
      List<String> relatives = new ArrayList<>();
      for (FileStatus status : files) {
        String relative = relativise(root, status);
        relatives.add(relative);
        if (MappingFile.isMappingFile(relative)) {
          mappings.add(new MappingRef(relative, text(conf, status.getPath())));
        }
      }
      Map<String, MappingAssignment.Assigned> assigned =
          MappingAssignment.assign(relatives, mappings, registry);
      for (FileStatus status : files) {
        String uri = status.getPath().toString();
        String relative = relativise(root, status);
        if (excluded.containsKey(uri)) {
          found.add(
              new InputFile(
                  uri, relative, status.getLen(), InputFile.SKIPPED, null, excluded.get(uri)));
          continue;
        }
        MappingAssignment.Assigned mapping = assigned.get(relative);
        Detection d =
            mapping != null
                ? Detection.read(mapping.format())
                : FormatDetector.detect(relative, head(conf, status.getPath()));
        if (forcedFormat != null && !d.isSkipped() && mapping == null) {
          d = Detection.read(forcedFormat);
        }
        if (d.isRead()) {
          String study =
              configStudyId != null
                  ? configStudyId
                  : status.getPath().getParent() == null
                      ? "unknown"
                      : status.getPath().getParent().getName();
          toRead.add(
              new SourceFile(
                  uri,
                  relative,
                  toRead.size(),
                  d.format(),
                  study,
                  mapping == null ? null : mapping.mapping()));
          found.add(
              new InputFile(
                  uri,
                  relative,
                  status.getLen(),
                  InputFile.READ,
                  d.format().id(),
                  mapping == null ? null : "described by " + mapping.mapping().file()));
        } else if (d.isSkipped()) {
          found.add(
              new InputFile(
                  uri, relative, status.getLen(), InputFile.SKIPPED, null, d.skipReason()));
        } else {
          found.add(
              new InputFile(uri, relative, status.getLen(), InputFile.UNKNOWN, null, d.problem()));
        }
      }
    }
    return new InputPlan(found, toRead);
  }

  /** The input as a fully qualified path ({@code data} -> {@code file:/abs/data}). */
  public static Path qualified(Configuration conf, String input) {
    Path p = new Path(input);
    try {
      return p.getFileSystem(conf).makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + input + ": " + e.getMessage(), e);
    }
  }

  private static List<FileStatus> list(
      Configuration conf, Path root, String input, List<InputFile> refused) {
    try {
      FileSystem fs = root.getFileSystem(conf);
      if ("file".equals(root.toUri().getScheme())) {
        return LocalListing.list(root, input, refused);
      }
      FileStatus rootStatus;
      try {
        rootStatus = fs.getFileStatus(root);
      } catch (FileNotFoundException e) {
        throw new InputNotFoundException(input);
      }
      List<FileStatus> files = new ArrayList<>();
      if (rootStatus.isFile()) {
        files.add(rootStatus);
        return files;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        files.add(it.next());
      }
      files.sort(Comparator.comparing(s -> relativise(root, s)));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
    }
  }

  static String relativise(Path root, FileStatus status) {
    String r = root.toUri().getPath();
    String f = status.getPath().toUri().getPath();
    if (f.equals(r)) {
      return status.getPath().getName();
    }
    return f.startsWith(r.endsWith("/") ? r : r + "/")
        ? f.substring(r.length() + (r.endsWith("/") ? 0 : 1))
        : f;
  }

  private static String text(Configuration conf, Path path) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static byte[] head(Configuration conf, Path path) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return in.readNBytes(FormatDetector.HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** An input path that does not exist: a usage error. */
  public static final class InputNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputNotFoundException(String input) {
      super("input not found: " + input);
    }
  }
}
