import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The floor of bench/run.sh: plain Spark in its own JVM reading the same CSV files as {@code
 * outcomes run} (header, every column a string, no validation) and writing them as Parquet, one
 * table per file name (scores.csv of every study into OUTPUT/scores, ...). Nothing else: no
 * parsing of values, no rules, no derived tables. Usage: Floor INPUT_DIR OUTPUT_DIR
 */
public final class Floor {
  private Floor() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    String output = args[1];
    Map<String, List<String>> byName;
    try (Stream<Path> files = Files.walk(input)) {
      byName =
          files
              .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
              .collect(
                  Collectors.groupingBy(
                      p -> p.getFileName().toString().replaceFirst("\\.csv$", ""),
                      TreeMap::new,
                      Collectors.mapping(Path::toString, Collectors.toList())));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("bench-floor")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(2, 2 * cores)))
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    for (Map.Entry<String, List<String>> e : byName.entrySet()) {
      spark
          .read()
          .option("header", "true") // no inferSchema: every column stays a string
          .csv(e.getValue().toArray(new String[0]))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(output + "/" + e.getKey());
    }
    spark.stop();
  }
}
