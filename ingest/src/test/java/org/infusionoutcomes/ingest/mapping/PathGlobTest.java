package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputFile;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mapping-file patterns match what docs/formats.md promises, on a small tree, through input
 * discovery on the local file system and on a Hadoop file system (the listing code path of
 * hdfs://): {@code *} never crosses {@code /}, a {@code **} segment matches zero or more folders,
 * patterns are relative to the mapping file's folder.
 */
class PathGlobTest {
  @TempDir static Path tmp;

  /** The tree below the input root; a mapping file is added per case. */
  private static final List<String> TREE =
      List.of(
          "top.csv",
          "sub/a.csv",
          "sub/b.tsv",
          "sub/x/c.csv",
          "sub/x/y/d.csv",
          "sub/line\nbreak/e.csv",
          "sub/100% done/f.csv",
          "other/g.csv");

  static Stream<Arguments> cases() {
    return Stream.of(
        // mapping file's folder, pattern, files it must claim (relative to the input root)
        Arguments.of("sub", "*.csv", Set.of("sub/a.csv")),
        Arguments.of("sub", "*", Set.of("sub/a.csv", "sub/b.tsv")),
        Arguments.of("sub", "?.tsv", Set.of("sub/b.tsv")),
        Arguments.of(
            "sub",
            "*/*.csv",
            Set.of("sub/x/c.csv", "sub/line\nbreak/e.csv", "sub/100% done/f.csv")),
        Arguments.of("sub", "x/*/*.csv", Set.of("sub/x/y/d.csv")),
        Arguments.of(
            "sub",
            "**/*.csv",
            Set.of(
                "sub/a.csv",
                "sub/x/c.csv",
                "sub/x/y/d.csv",
                "sub/line\nbreak/e.csv",
                "sub/100% done/f.csv")),
        Arguments.of("sub", "x/**/*.csv", Set.of("sub/x/c.csv", "sub/x/y/d.csv")),
        Arguments.of("sub", "x/**/c.csv", Set.of("sub/x/c.csv")),
        Arguments.of("sub", "**/d.csv", Set.of("sub/x/y/d.csv")),
        Arguments.of("sub", "x/**", Set.of("sub/x/c.csv", "sub/x/y/d.csv")),
        Arguments.of("sub", "**/e.csv", Set.of("sub/line\nbreak/e.csv")),
        Arguments.of(
            "sub",
            "**",
            Set.of(
                "sub/a.csv",
                "sub/b.tsv",
                "sub/x/c.csv",
                "sub/x/y/d.csv",
                "sub/line\nbreak/e.csv",
                "sub/100% done/f.csv")),
        Arguments.of("sub", "{a,x/c}.csv", Set.of("sub/a.csv", "sub/x/c.csv")),
        Arguments.of("sub", "./x//c.csv", Set.of("sub/x/c.csv")),
        Arguments.of("sub", "100% done/*.csv", Set.of("sub/100% done/f.csv")),
        Arguments.of("", "*.csv", Set.of("top.csv")),
        Arguments.of("", "*/*.csv", Set.of("sub/a.csv", "other/g.csv")),
        Arguments.of("", "sub/**/y/*.csv", Set.of("sub/x/y/d.csv")),
        Arguments.of("", "**/g.csv", Set.of("other/g.csv")));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("**.csv", "'**' must be a whole folder level"),
        Arguments.of("x**/c.csv", "'**' must be a whole folder level"),
        Arguments.of("x/**c.csv", "'**' must be a whole folder level"),
        Arguments.of("{a,**}/c.csv", "'**' must be a whole folder level"),
        Arguments.of("../top.csv", "goes up a folder"),
        Arguments.of("./", "names no file"),
        Arguments.of("{a,b.csv", "unbalanced '{'"));
  }

  @ParameterizedTest(name = "[{index}] {0}/{1}")
  @MethodSource("cases")
  void localTreeMatchesAsDocumented(String folder, String pattern, Set<String> expected)
      throws Exception {
    Path root = tree(folder, pattern);
    assertThat(claimed(new Configuration(), root.toString())).isEqualTo(new TreeSet<>(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}/{1}")
  @MethodSource("cases")
  void hadoopTreeMatchesAsDocumented(String folder, String pattern, Set<String> expected)
      throws Exception {
    Path root = tree(folder, pattern);
    assertThat(claimed(hadoop(), "lfs://" + root)).isEqualTo(new TreeSet<>(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}/{1}")
  @MethodSource("cases")
  void globMatchesTheListedPathsAlone(String folder, String pattern, Set<String> expected) {
    PathGlob glob = new PathGlob(pattern, folder);
    assertThat(TREE.stream().filter(glob::matches).collect(Collectors.toSet())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refused")
  void unclearPatternsAreRefusedNamingTheKey(String pattern, String message) throws Exception {
    Path root = tree("sub", pattern);
    assertThatThrownBy(() -> claimed(new Configuration(), root.toString()))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.file()).isEqualTo("sub/m.mapping.yaml");
              assertThat(e.field()).isEqualTo("files");
              assertThat(e.getMessage()).contains(message);
            });
  }

  /** A fresh copy of {@link #TREE} with a REDCap mapping file in {@code folder}. */
  private static Path tree(String folder, String pattern) throws Exception {
    Path root = Files.createTempDirectory(tmp, "tree");
    for (String file : TREE) {
      Path p = root.resolve(file);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "record_id\n1\n");
    }
    Path mapping = root.resolve(folder).resolve("m.mapping.yaml");
    Files.writeString(
        mapping,
        "format: redcap\nfiles: \"" + pattern.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
    return root;
  }

  /** The files the mapping file claims, by relative path. */
  private static Set<String> claimed(Configuration conf, String root) {
    InputPlan plan =
        InputDiscovery.discover(conf, List.of(root), null, null, Map.of(), ScaleRegistry.shipped());
    return plan.found().stream()
        .filter(f -> f.status().equals(InputFile.READ) && f.note() != null)
        .map(InputFile::relativePath)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A Hadoop configuration whose {@code lfs:} scheme lists through Hadoop's FileSystem API. */
  private static Configuration hadoop() {
    Configuration conf = new Configuration();
    conf.setClass(
        "fs.lfs.impl", OtherSchemeFileSystem.class, org.apache.hadoop.fs.FileSystem.class);
    conf.setBoolean("fs.lfs.impl.disable.cache", true);
    return conf;
  }

  /**
   * The local disk under another scheme, so input discovery takes its Hadoop listing path (as for
   * hdfs://) instead of the java.nio one it uses for file:.
   */
  public static final class OtherSchemeFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
      return URI.create("lfs:///");
    }

    @Override
    public String getScheme() {
      return "lfs";
    }

    @Override
    public java.io.File pathToFile(org.apache.hadoop.fs.Path path) {
      checkPath(path);
      return new java.io.File(makeQualified(path).toUri().getPath());
    }

    @Override
    public FileStatus getFileStatus(org.apache.hadoop.fs.Path f) throws IOException {
      return plain(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(org.apache.hadoop.fs.Path f) throws IOException {
      return Stream.of(super.listStatus(f))
          .map(OtherSchemeFileSystem::plain)
          .toArray(FileStatus[]::new);
    }

    /** Without the local permission lookup, which only takes file: paths. */
    private static FileStatus plain(FileStatus s) {
      return new FileStatus(
          s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
    }
  }
}
