package org.infusionoutcomes.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFormat;

/**
 * Decides which data files a run's mapping files apply to (driver side, before any file is read).
 * Pure: no file system access; the driver lists the files and reads the mapping files' text.
 */
public final class MappingAssignment {
  private MappingAssignment() {}

  /**
   * The format and mapping of a data file that a mapping file claims.
   *
   * @param format {@link SourceFormat#MAPPED} or {@link SourceFormat#REDCAP}
   * @param mapping the mapping file, for {@link
   *     org.infusionoutcomes.ingest.source.SourceFile#mapping()}
   */
  public record Assigned(SourceFormat format, MappingRef mapping) {}

  /**
   * Assigns data files to mapping files. Patterns are relative to each mapping file's folder, so
   * {@code dataRelativePaths} and {@link MappingRef#file()} must both be relative to the same input
   * root.
   *
   * @param dataRelativePaths the run's data files, relative to the input root (mapping files among
   *     them are ignored)
   * @param mappingFiles the mapping files found in the input, paths relative to the same root
   * @return data file -> assignment, for the files some mapping claims (others are detected as
   *     usual)
   * @throws DefinitionException when a mapping file is invalid, matches no data file, or claims a
   *     file that another mapping file (or another of its own tables) also claims
   */
  public static Map<String, Assigned> assign(
      List<String> dataRelativePaths, List<MappingRef> mappingFiles) {
    return assign(dataRelativePaths, mappingFiles, ScaleRegistry.shipped());
  }

  /**
   * Assigns data files to mapping files, reading the mapping files against the scales of this run
   * (shipped plus the configuration's {@code scale_files}).
   *
   * @see #assign(List, List)
   */
  public static Map<String, Assigned> assign(
      List<String> dataRelativePaths, List<MappingRef> mappingFiles, ScaleRegistry registry) {
    Map<String, Assigned> out = new LinkedHashMap<>();
    for (MappingRef ref : mappingFiles) {
      MappingFile mapping = MappingFile.parse(ref, registry);
      List<String> claimed = new ArrayList<>();
      for (String path : dataRelativePaths) {
        if (MappingFile.isMappingFile(path) || !mapping.appliesTo(path)) {
          continue;
        }
        if (mapping.format() == SourceFormat.MAPPED) {
          List<String> tables =
              mapping.tables().stream()
                  .filter(t -> t.appliesTo(path))
                  .map(MappedTable::key)
                  .toList();
          if (tables.size() > 1) {
            throw new DefinitionException(
                ref.file(),
                tables.get(1) + ".files",
                "matches "
                    + path
                    + ", which "
                    + tables.get(0)
                    + " also matches; each file takes one table");
          }
        }
        Assigned previous = out.put(path, new Assigned(mapping.format(), ref));
        if (previous != null) {
          throw new DefinitionException(
              ref.file(),
              "files",
              "matches "
                  + path
                  + ", which mapping file "
                  + previous.mapping().file()
                  + " also claims; each file takes one mapping");
        }
        claimed.add(path);
      }
      if (claimed.isEmpty()) {
        throw new DefinitionException(
            ref.file(),
            mapping.format() == SourceFormat.MAPPED ? "tables[*].files" : "files",
            "matches no input file (patterns are relative to the mapping file's folder "
                + describeBase(ref.file())
                + ")");
      }
    }
    return out;
  }

  private static String describeBase(String mappingFile) {
    String base = PathGlob.folderOf(mappingFile);
    return base.isEmpty() ? "(the input root)" : "'" + base + "'";
  }
}
