import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The DuckDB contender of bench/run.sh: runs oc.sql (read the scores and infusions CSV, score with
 * proration, write Parquet, the OC response/remission table) in an in-memory DuckDB through JDBC,
 * with DuckDB's defaults (threads = cores). Usage: DuckBench SQL_FILE INPUT_DIR OUTPUT_DIR
 */
public final class DuckBench {
  private DuckBench() {}

  public static void main(String[] args) throws Exception {
    String sql =
        Files.readString(Path.of(args[0]))
            .replace("${INPUT}", Path.of(args[1]).toAbsolutePath().toString().replace("'", "''"))
            .replace("${OUTPUT}", Path.of(args[2]).toAbsolutePath().toString().replace("'", "''"));
    Files.createDirectories(Path.of(args[2]));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*(\\n|$)")) {
        String body = statement.replaceAll("(?m)^\\s*--.*$", "").trim();
        if (!body.isEmpty()) {
          s.execute(body);
        }
      }
    }
  }
}
