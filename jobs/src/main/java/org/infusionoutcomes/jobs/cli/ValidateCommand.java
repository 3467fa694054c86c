package org.infusionoutcomes.jobs.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
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
 * {@code outcomes validate}: checks the configuration and every input record by the same rules as
 * {@code ingest} - reading, then scoring, duplicates and the time axis per subject - in this
 * process and without Spark, writing nothing. It holds all records in memory, so it suits the
 * exports one would check by hand; for very large inputs run {@code ingest} into a scratch folder.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check the configuration and every input record by the ingest rules, without Spark and without writing outputs.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin InputOptions input;

  @Option(
      names = "--show",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many reject messages to print (default ${DEFAULT-VALUE}).")
  int show;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Logging.configure(common.quiet, common.verbose);
    PrintWriter out = spec.commandLine().getOut();
    Configuration conf = new Configuration();
    RunSettings.Loaded loaded = RunSettings.load(conf, common.config);
    ScaleRegistry registry = loaded.registry();
    OutcomesConfig config = loaded.config();
    out.println(
        "configuration: " + (common.config == null ? "defaults" : common.config) + " is valid");
    RunSettings settings =
        new RunSettings(input.inputs, null, common.config, config, registry, input.format);
    InputPlan plan = IngestStage.discover(conf, settings);

    ReadContext context = new ReadContext(registry);
    Map<String, List<ScoreObservation>> scores = new TreeMap<>();
    Map<String, List<InfusionObservation>> infusions = new TreeMap<>();
    Map<String, List<SubjectObservation>> demographics = new TreeMap<>();
    Map<String, Set<Long>> rejectedByFile = new TreeMap<>();
    long totalRead = 0;
    int refused = 0;
    Map<String, Long> readByFile = new TreeMap<>();
    Map<String, Long> byRule = new TreeMap<>();
    List<String> messages = new ArrayList<>();
    for (InputFile f : plan.found()) {
      SourceFile source =
          plan.toRead().stream().filter(s -> s.path().equals(f.path())).findFirst().orElse(null);
      if (source == null) {
        out.printf("%-9s %s  (%s)%n", f.status(), f.relativePath(), f.note());
        continue;
      }
      Set<Long> rejectedLines = rejectedByFile.computeIfAbsent(f.path(), k -> new HashSet<>());
      boolean[] fileRefused = {false};
      RecordSink sink =
          new RecordSink() {
            @Override
            public void score(ScoreObservation o) {
              scores
                  .computeIfAbsent(key(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                  .add(o);
            }

            @Override
            public void infusion(InfusionObservation o) {
              infusions
                  .computeIfAbsent(key(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                  .add(o);
            }

            @Override
            public void subject(SubjectObservation o) {
              demographics
                  .computeIfAbsent(key(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                  .add(o);
            }

            @Override
            public void reject(Reject r) {
              if (r.rule().isFileLevel()) {
                fileRefused[0] = true;
              }
              count(r, byRule, rejectedLines, messages);
            }
          };
      long read;
      Path p = new Path(f.path());
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        read = SourceReaders.forFormat(source.format()).read(source, in, context, sink);
      }
      refused += fileRefused[0] ? 1 : 0;
      totalRead += read;
      readByFile.put(f.path(), read);
      out.printf(
          "%-9s %s  format=%s records=%d%n",
          fileRefused[0] ? "refused" : "read", f.relativePath(), source.format().id(), read);
    }
    // The per-subject rules: time axis, snapshots and duplicates, scoring.
    SubjectAssembler assembler = new SubjectAssembler(registry);
    Set<String> subjects = new TreeSet<>(scores.keySet());
    subjects.addAll(infusions.keySet());
    subjects.addAll(demographics.keySet());
    for (String k : subjects) {
      String[] id = k.split("\u0000", 2);
      SubjectAssembly a =
          assembler.assemble(
              id[0],
              id[1],
              scores.getOrDefault(k, List.of()),
              infusions.getOrDefault(k, List.of()),
              demographics.getOrDefault(k, List.of()));
      for (Reject r : a.rejects()) {
        count(
            r,
            byRule,
            rejectedByFile.computeIfAbsent(r.origin().file(), x -> new HashSet<>()),
            messages);
      }
      for (Reject r : a.warnings()) {
        count(r, byRule, new HashSet<>(), messages);
      }
    }
    long totalRejected = 0;
    for (var e : readByFile.entrySet()) {
      long bad = rejectedByFile.getOrDefault(e.getKey(), Set.of()).size();
      totalRejected += bad;
    }
    out.printf("records read: %d, rejected: %d%n", totalRead, totalRejected);
    byRule.forEach((rule, n) -> out.printf("  %-28s %d%n", rule, n));
    if (!messages.isEmpty()) {
      out.println("first rejects:");
      messages.forEach(m -> out.println("  " + m));
    }
    out.flush();
    long unknown = plan.found().stream().filter(f -> f.status().equals(InputFile.UNKNOWN)).count();
    double share = totalRead == 0 ? 0 : (double) totalRejected / totalRead;
    return share > config.rejectThreshold() || refused > 0 || unknown > 0
        ? ExitCodes.REJECTS_ABOVE_THRESHOLD
        : ExitCodes.OK;
  }

  private static String key(String study, String subject) {
    return study + '\u0000' + subject;
  }

  private void count(
      Reject r, Map<String, Long> byRule, Set<Long> rejectedLines, List<String> messages) {
    byRule.merge(r.rule().id(), 1L, Long::sum);
    if (!r.rule().isFileLevel() && !r.rule().isWarning()) {
      rejectedLines.add(r.origin().line());
    }
    if (messages.size() < show && !r.rule().isWarning()) {
      messages.add(r.message());
    }
  }
}
