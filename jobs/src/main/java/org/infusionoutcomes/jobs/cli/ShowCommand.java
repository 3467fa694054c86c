package org.infusionoutcomes.jobs.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outcomes show}: prints rows of an output table (any Parquet folder) for a quick look. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Print rows of a Parquet table, e.g. out/normalized/rejects, optionally filtered with a SQL condition.")
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TABLE", description = "The table's folder (local path or Hadoop URI).")
  String table;

  @Option(
      names = "--where",
      paramLabel = "CONDITION",
      description = "A Spark SQL condition, e.g. \"rule_id = 'item_out_of_range'\".")
  String where;

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "COL",
      description = "Columns to print (default: all).")
  String[] columns;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Rows to print (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Override
  public Integer call() {
    Logging.configure(true, false);
    SparkSession spark = SparkSessions.create(master, false);
    Dataset<Row> df = spark.read().parquet(table);
    if (where != null) {
      df = df.where(where);
    }
    if (columns != null) {
      df = df.selectExpr(columns);
    }
    System.out.println(df.count() + " row(s)");
    df.show(limit, 0, true);
    return ExitCodes.OK;
  }
}
