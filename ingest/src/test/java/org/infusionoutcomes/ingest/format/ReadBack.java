package org.infusionoutcomes.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.mapping.MappingAssignment;
import org.infusionoutcomes.ingest.mapping.MappingFile;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;

/**
 * Reads files the way the run does (detection, mapping assignment, one reader per file) without
 * Spark, so format tests can compare what each format yields. Shared by the format tests.
 */
public final class ReadBack {
  private ReadBack() {}

  /** What was read. */
  public record Result(
      SinkRecorder sink, Map<String, Long> recordsPerFile, Map<String, Detection> detections) {
    public long records() {
      return recordsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Every record is accepted or rejected as a whole: no record both yields observations and is
     * rejected, and accepted + rejected = read.
     */
    public void assertEveryRecordAccountedFor() {
      Set<String> both = new HashSet<>(sink.acceptedRecords());
      both.retainAll(sink.rejectedRecords());
      assertThat(both).as("records both accepted and rejected").isEmpty();
      assertThat((long) sink.rejectedRecords().size())
          .as("rejected records")
          .isLessThanOrEqualTo(records());
      assertThat((long) sink.acceptedRecords().size())
          .as("records with observations")
          .isLessThanOrEqualTo(records() - sink.rejectedRecords().size());
    }
  }

  /** Reads one file as {@code format}. */
  public static Result readFile(
      Path file, SourceFormat format, String defaultStudyId, MappingRef mapping) {
    return readFile(file, file.getFileName().toString(), format, defaultStudyId, mapping);
  }

  /** Reads one file as {@code format}, with its path relative to the input root. */
  public static Result readFile(
      Path file,
      String relativePath,
      SourceFormat format,
      String defaultStudyId,
      MappingRef mapping) {
    SinkRecorder sink = new SinkRecorder();
    Map<String, Long> counts = new LinkedHashMap<>();
    SourceFile source =
        new SourceFile(file.toUri().toString(), relativePath, 0, format, defaultStudyId, mapping);
    counts.put(relativePath, read(source, file, sink));
    return new Result(sink, counts, Map.of());
  }

  /**
   * Reads every file under {@code root} like the run: files in path order, mapping files assigned
   * with {@link MappingAssignment}, the others detected with {@link FormatDetector}; the default
   * study id is {@code studyId} when given, else the folder name.
   */
  public static Result readTree(Path root, String studyId) {
    List<String> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile)
          .forEach(p -> paths.add(root.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    paths.sort(null);
    List<MappingRef> mappings = new ArrayList<>();
    for (String p : paths) {
      if (MappingFile.isMappingFile(p)) {
        mappings.add(new MappingRef(p, text(root.resolve(p))));
      }
    }
    Map<String, MappingAssignment.Assigned> assigned = MappingAssignment.assign(paths, mappings);
    SinkRecorder sink = new SinkRecorder();
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Detection> detections = new LinkedHashMap<>();
    int order = 0;
    for (String p : paths) {
      Path file = root.resolve(p);
      MappingAssignment.Assigned a = assigned.get(p);
      Detection d = a != null ? Detection.read(a.format()) : FormatDetector.detect(p, head(file));
      detections.put(p, d);
      if (!d.isRead()) {
        continue;
      }
      String folder = file.getParent().getFileName().toString();
      SourceFile source =
          new SourceFile(
              file.toUri().toString(),
              p,
              order++,
              d.format(),
              studyId != null ? studyId : folder,
              a == null ? null : a.mapping());
      counts.put(p, read(source, file, sink));
    }
    return new Result(sink, counts, detections);
  }

  private static long read(SourceFile source, Path file, SinkRecorder sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return SourceReaders.forFormat(source.format())
          .read(source, in, new ReadContext(ScaleRegistry.shipped()), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first bytes of a file, as detection sees them. */
  public static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(FormatDetector.HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
