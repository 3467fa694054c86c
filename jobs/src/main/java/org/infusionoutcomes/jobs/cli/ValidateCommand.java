package org.infusionoutcomes.jobs.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ReadContext;
import org.infusionoutcomes.ingest.source.RecordSink;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceReaders;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.spark.InputFile;
import org.infusionoutcomes.ingest.spark.InputPlan;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outcomes validate}: checks the configuration and reads every input record with the
 * format readers, in this process and without Spark, writing nothing. It reports per file what a
 * run would read and reject while reading; rules that need a subject's records together (scoring,
 * duplicates, the time axis) are applied by {@code run}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the configuration and every input record without writing outputs.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin InputOptions input;

  @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "How many reject messages to print (default ${DEFAULT-VALUE}).")
  int show;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Logging.configure(common.quiet, common.verbose);
    PrintWriter out = spec.commandLine().getOut();
    ScaleRegistry registry = ScaleRegistry.shipped();
    Configuration conf = new Configuration();
    OutcomesConfig config = RunSettings.loadConfig(conf, common.config, registry);
    out.println("configuration: " + (common.config == null ? "defaults" : common.config) + " is valid");
    RunSettings settings = new RunSettings(input.inputs, null, common.config, config, registry, input.format);
    InputPlan plan = IngestStage.discover(conf, settings);

    ReadContext context = new ReadContext(registry);
    long totalRead = 0;
    long totalRejected = 0;
    int refused = 0;
    Map<String, Long> byRule = new TreeMap<>();
    List<String> messages = new ArrayList<>();
    for (InputFile f : plan.found()) {
      SourceFile source = plan.toRead().stream().filter(s -> s.path().equals(f.path())).findFirst().orElse(null);
      if (source == null) {
        out.printf("%-9s %s  (%s)%n", f.status(), f.relativePath(), f.note());
        continue;
      }
      Set<Long> rejectedLines = new HashSet<>();
      boolean[] fileRefused = {false};
      RecordSink sink =
          new RecordSink() {
            @Override
            public void score(ScoreObservation o) {}

            @Override
            public void infusion(InfusionObservation o) {}

            @Override
            public void subject(SubjectObservation o) {}

            @Override
            public void reject(Reject r) {
              byRule.merge(r.rule().id(), 1L, Long::sum);
              if (r.rule().isFileLevel()) {
                fileRefused[0] = true;
              } else if (!r.rule().isWarning()) {
                rejectedLines.add(r.origin().line());
              }
              if (messages.size() < show) {
                messages.add(r.message());
              }
            }
          };
      long read;
      Path p = new Path(f.path());
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        read = SourceReaders.forFormat(source.format()).read(source, in, context, sink);
      }
      refused += fileRefused[0] ? 1 : 0;
      totalRead += read;
      totalRejected += rejectedLines.size();
      out.printf(
          "%-9s %s  format=%s records=%d rejected=%d%n",
          fileRefused[0] ? "refused" : "ok", f.relativePath(), source.format().id(), read, rejectedLines.size());
    }
    out.printf("records read: %d, rejected while reading: %d%n", totalRead, totalRejected);
    byRule.forEach((rule, n) -> out.printf("  %-28s %d%n", rule, n));
    if (!messages.isEmpty()) {
      out.println("first rejects:");
      messages.forEach(m -> out.println("  " + m));
    }
    out.flush();
    long unknown = plan.found().stream().filter(f -> f.status().equals(InputFile.UNKNOWN)).count();
    double share = totalRead == 0 ? 0 : (double) totalRejected / totalRead;
    return share > config.rejectThreshold() || refused > 0 || unknown > 0 ? ExitCodes.REJECTS_ABOVE_THRESHOLD : ExitCodes.OK;
  }
}
