package org.infusionoutcomes.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.nightly.NightlyRun;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import org.infusionoutcomes.jobs.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outcomes nightly}: an incremental, locked, atomically published run into a warehouse. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "Scheduled run over a landing zone (--input) into a warehouse (--output, WAREHOUSE below):"
          + " publishes each successful run as a"
          + " complete snapshot under WAREHOUSE/snapshots/, switches WAREHOUSE/current to it in one"
          + " rename (on filesystems without symbolic links: the pointer file WAREHOUSE/CURRENT),"
          + " appends a line to WAREHOUSE/history.jsonl and keeps the newest keep_snapshots."
          + " A night with no new, changed or removed file and the same configuration does no"
          + " Spark work. See docs/operations.md.",
      "Exit codes: 0 published or unchanged, 1 failed (current unchanged), 2 usage or"
          + " configuration error, 3 published with rejects above reject_threshold, 4 another"
          + " nightly run holds the warehouse lock."
    })
final class NightlyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin OutputOptions warehouse;
  @Mixin FormatOption forced;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "LANDING",
      description = "The landing zone: a directory read recursively (local path or Hadoop URI).")
  String input;

  @Override
  public Integer call() {
    Configuration conf = new Configuration();
    RunSettings.Loaded loaded = common.configureAndLoad(conf);
    ScaleRegistry registry = loaded.registry();
    OutcomesConfig config = loaded.config();
    RunSettings settings =
        new RunSettings(
            List.of(input), warehouse.dir, common.config, config, registry, forced.format);
    SparkSession[] session = new SparkSession[1];
    return NightlyRun.run(
        new NightlyRun.Context(
            settings,
            conf,
            () -> {
              if (session[0] == null) {
                session[0] = SparkSessions.create(common.master, common.showProgress());
              }
              return session[0];
            },
            (manifest, spark) ->
                StageCommand.describe(manifest, spark, registry, common.config, config)));
  }
}
