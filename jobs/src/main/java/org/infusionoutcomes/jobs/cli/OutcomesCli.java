package org.infusionoutcomes.jobs.cli;

import java.io.PrintWriter;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.config.JobErrors;
import org.infusionoutcomes.jobs.lock.OutputLock;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outcomes} command line: {@code bin/outcomes} locally, or the main class of the shaded
 * jar under {@code spark-submit}. Exit codes (README.md, "Commands"): 0 success, 1 failure, 2 usage
 * or configuration error, 3 finished with rejects above the configured threshold, 4 another nightly
 * run holds the warehouse lock.
 */
@Command(
    name = "outcomes",
    mixinStandardHelpOptions = true,
    versionProvider = OutcomesCli.Version.class,
    description =
        "Response, remission and durability statistics for ketamine / esketamine infusion courses.",
    subcommands = {
      RunCommand.class,
      NightlyCommand.class,
      IngestCommand.class,
      DeriveCommand.class,
      AnalyzeCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      GenerateCommand.class,
      ShowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OutcomesCli {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output and error writers. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new OutcomesCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(OutcomesCli::handle);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof DefinitionException || e instanceof InputDiscovery.InputNotFoundException) {
      err.println("outcomes: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof OutputLock.LockedException) {
      err.println("outcomes: " + e.getMessage());
      err.flush();
      return ExitCodes.LOCKED;
    }
    String disk = diskFault(e);
    if (disk != null) {
      err.println("outcomes: " + JobErrors.outputNotWritable(disk));
      err.flush();
      return ExitCodes.FAILURE;
    }
    err.println(JobErrors.failed(e));
    if (parsed.hasMatchedOption("--verbose")) {
      e.printStackTrace(err);
    } else {
      err.println(JobErrors.verboseHint());
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  /**
   * The reason when {@code e} (or a cause, or a suppressed failure) is a full or read-only output
   * file system, else null: these are faults of the machine, reported without a stack trace.
   */
  static String diskFault(Throwable e) {
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
        return "no space left on the device";
      }
      if (t instanceof java.nio.file.ReadOnlyFileSystemException
          || m.contains("Read-only file system")) {
        return "the file system is read-only";
      }
      if (t instanceof java.nio.file.AccessDeniedException
          || t instanceof org.apache.hadoop.security.AccessControlException
          || (t instanceof java.io.IOException && m.contains("Permission denied"))) {
        return "permission denied (" + m + ")";
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
    }
    return null;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "infusion-outcomes " + BuildInfo.version() + " (commit " + BuildInfo.gitCommit() + ")"
      };
    }
  }
}
