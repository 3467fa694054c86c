package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.spark.CodeGeneration;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose queries Spark interprets (what a small input gets, docs/decisions.md "Speed") gives
 * exactly what a run with compiled queries gives: every table of {@code data-samples/} row for row,
 * every report CSV and {@code summary.json} and {@code quality.json} byte for byte.
 */
class CodeGenerationRunTest {
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @TempDir static Path tmp;
  private static Path compiled;
  private static Path interpreted;

  private static Path run(String codegen) {
    System.setProperty(CodeGeneration.PROPERTY, codegen);
    try {
      Path out = tmp.resolve("out-" + codegen);
      StringWriter err = new StringWriter();
      int exit =
          OutcomesCli.execute(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true),
              "run",
              "--input",
              SAMPLES.toString(),
              "--output",
              out.toString(),
              "--quiet");
      assertThat(exit).as(codegen + ": " + err).isEqualTo(ExitCodes.OK);
      // the run's session really ran in the mode asked for
      SparkSession spark = SharedSpark.get();
      assertThat(spark.conf().get("spark.sql.codegen.factoryMode"))
          .isEqualTo(codegen.equals("off") ? "NO_CODEGEN" : "FALLBACK");
      assertThat(spark.conf().get("spark.sql.codegen.wholeStage"))
          .isEqualTo(Boolean.toString(!codegen.equals("off")));
      return out;
    } finally {
      System.clearProperty(CodeGeneration.PROPERTY);
    }
  }

  @BeforeAll
  static void runBoth() {
    SharedSpark.get();
    compiled = run("on");
    interpreted = run("off");
  }

  @AfterAll
  static void restore() {
    SparkSession spark = SharedSpark.get();
    // later tests of this JVM get Spark's defaults back
    spark.conf().unset("spark.sql.codegen.wholeStage");
    spark.conf().unset("spark.sql.codegen.factoryMode");
  }

  private static List<Path> files(Path root, String... suffixes) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .map(root::relativize)
          .sorted()
          .toList();
    }
  }

  @Test
  void reportFilesAreByteIdentical() throws Exception {
    List<Path> reports = files(compiled.resolve("reports"), ".csv", ".json");
    assertThat(reports).hasSizeGreaterThan(10);
    assertThat(files(interpreted.resolve("reports"), ".csv", ".json")).isEqualTo(reports);
    for (Path f : reports) {
      if (f.toString().equals("run-manifest.json")) {
        continue; // carries the run's output path
      }
      assertThat(Files.readString(interpreted.resolve("reports").resolve(f)))
          .as(f.toString())
          .isEqualTo(Files.readString(compiled.resolve("reports").resolve(f)));
    }
  }

  @Test
  void everyTableHasTheSameRowsAndSchema() throws Exception {
    SparkSession spark = SharedSpark.get();
    List<Path> tables =
        files(compiled, ".parquet").stream()
            .map(Path::getParent)
            .distinct()
            .filter(p -> !p.startsWith("reports"))
            .toList();
    assertThat(tables).hasSizeGreaterThan(10);
    for (Path t : tables) {
      var a = spark.read().parquet(compiled.resolve(t).toString());
      var b = spark.read().parquet(interpreted.resolve(t).toString());
      assertThat(b.schema()).as(t.toString()).isEqualTo(a.schema());
      List<Row> rowsA = a.orderBy(a.columns()[0], tail(a.columns())).collectAsList();
      List<Row> rowsB = b.orderBy(b.columns()[0], tail(b.columns())).collectAsList();
      assertThat(rowsB).as(t.toString()).isEqualTo(rowsA);
    }
  }

  private static String[] tail(String[] columns) {
    return java.util.Arrays.copyOfRange(columns, 1, columns.length);
  }
}
