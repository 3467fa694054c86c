package org.infusionoutcomes.jobs.cli;

/**
 * A command that runs one stage on an existing output ({@code derive}, {@code analyze}, {@code
 * report}): it extends the run manifest it finds there instead of starting a new one.
 */
abstract class OutputStageCommand extends StageCommand {
  @Override
  final boolean startsNewManifest() {
    return false;
  }
}
