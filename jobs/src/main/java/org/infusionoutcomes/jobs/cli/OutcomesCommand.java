package org.infusionoutcomes.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reaches its own command line: where it prints, and how it refuses arguments.
 */
abstract class OutcomesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The command line's standard output. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** A usage error about this command's arguments (printed with the usage; exit code 2). */
  final ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
