package org.infusionoutcomes.jobs.cli;

import java.io.PrintWriter;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.config.JobErrors;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outcomes} command line: {@code bin/outcomes} locally, or the main class of the shaded
 * jar under {@code spark-submit}. Exit codes follow SPEC §9: 0 success, 1 failure, 2 usage or
 * configuration error, 3 finished with rejects above the configured threshold, 4 another nightly
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
    err.println(JobErrors.failed(e));
    if (parsed.hasMatchedOption("--verbose")) {
      e.printStackTrace(err);
    } else {
      err.println(JobErrors.verboseHint());
    }
    err.flush();
    return ExitCodes.FAILURE;
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
