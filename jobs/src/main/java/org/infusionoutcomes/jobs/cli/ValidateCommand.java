package org.infusionoutcomes.jobs.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.assemble.SubjectObservations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileIngest;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.IngestSummary;
import org.infusionoutcomes.ingest.run.InputFile;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.run.RejectTally;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code outcomes validate}: checks the configuration and every input record by the same code as
 * {@code ingest} - {@link FileIngest} reads each file, {@link SubjectAssembler} applies scoring,
 * duplicates and the time axis per subject, {@link IngestSummary} counts and {@link
 * IngestStage#exitCode} decides - in this process and without Spark, writing nothing. It holds all
 * records in memory, so it suits the exports one would check by hand; for very large inputs run
 * {@code ingest} into a scratch folder.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check the configuration and every input record by the ingest rules, without Spark and without writing outputs.")
final class ValidateCommand extends OutcomesCommand {
  @Mixin CommonOptions common;
  @Mixin InputOptions input;

  @Option(
      names = "--show",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many reject messages to print (default ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    Configuration conf = new Configuration();
    RunSettings.Loaded loaded = common.configureAndLoad(conf);
    ScaleRegistry registry = loaded.registry();
    OutcomesConfig config = loaded.config();
    out.println(
        "configuration: " + (common.config == null ? "defaults" : common.config) + " is valid");
    RunSettings settings =
        new RunSettings(input.inputs, null, common.config, config, registry, input.format());
    InputPlan plan = IngestStage.discover(conf, settings);

    ReadContext context = new ReadContext(registry);
    RejectTally tally = new RejectTally();
    List<String> messages = new ArrayList<>();
    Map<String, SubjectObservations> subjects = new TreeMap<>();
    List<FileStat> stats = new ArrayList<>();
    for (SourceFile source : plan.toRead()) {
      RecordSink sink =
          r -> {
            if (r instanceof Reject reject) {
              count(reject, tally, messages);
            } else {
              subjects
                  .computeIfAbsent(
                      r.studyId() + '\u0000' + r.subjectId(),
                      k -> new SubjectObservations(r.studyId(), r.subjectId()))
                  .add(r);
            }
          };
      Path p = new Path(source.path());
      long read;
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        read = FileIngest.read(source, in, context, sink);
      }
      stats.add(new FileStat(source.order(), source.path(), read, null, 0));
    }
    // The per-subject rules: time axis, snapshots and duplicates, scoring.
    SubjectAssembler assembler = new SubjectAssembler(registry);
    long vitalRows = 0;
    long adverseEventRows = 0;
    long medicationRows = 0;
    for (SubjectObservations s : subjects.values()) {
      SubjectAssembly a = s.assembleWith(assembler);
      a.rejects().forEach(r -> count(r, tally, messages));
      a.warnings().forEach(r -> count(r, tally, messages));
      vitalRows += a.vitalSigns().size();
      adverseEventRows += a.adverseEvents().size();
      medicationRows += a.medications().size();
    }
    IngestResult result =
        IngestSummary.summarise(
            plan,
            stats,
            tally.rejectedLines(),
            tally.refusals(),
            Map.of(),
            tally.rejectsByRule(),
            tally.warningsByRule(),
            null);
    for (IngestResult.FileReport f : result.files()) {
      if (f.format() != null && (f.status().equals(InputFile.READ) || f.note() == null)) {
        out.printf(
            "%-9s %s  format=%s records=%d rejected=%d%n",
            f.status(), f.relativePath(), f.format(), f.recordsRead(), f.recordsRejected());
      } else {
        out.printf("%-9s %s  (%s)%n", f.status(), f.relativePath(), f.note());
      }
    }
    out.printf("records read: %d, rejected: %d%n", result.recordsRead(), result.recordsRejected());
    if (vitalRows > 0 || adverseEventRows > 0 || medicationRows > 0) {
      out.printf(
          "vital signs: %d, adverse events: %d, medications: %d%n",
          vitalRows, adverseEventRows, medicationRows);
    }
    Map<String, Long> byRule = new TreeMap<>(result.rejectsByRule());
    result.warningsByRule().forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
    byRule.forEach((rule, n) -> out.printf("  %-28s %d%n", rule, n));
    if (!messages.isEmpty()) {
      out.println("first rejects:");
      messages.forEach(m -> out.println("  " + m));
    }
    out.flush();
    return IngestStage.exitCode(result, config.ingest().rejectThreshold());
  }

  private void count(Reject r, RejectTally tally, List<String> messages) {
    tally.add(r);
    if (messages.size() < show && !r.rule().isWarning()) {
      messages.add(r.message());
    }
  }
}
