package org.infusionoutcomes.ingest.mapping;

import java.util.Optional;
import java.util.function.Supplier;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * How a reader refuses a file as a whole for its mapping: one {@code invalid_mapping} reject at
 * line 0, naming the mapping key at fault. Shared by the readers that take a mapping file (mapped
 * CSV, REDCap).
 */
public final class MappingRefusals {
  private MappingRefusals() {}

  /**
   * What {@code step} makes of {@code file}'s mapping, or empty once {@code file} is refused for
   * the {@link DefinitionException} it throws.
   */
  public static <T> Optional<T> attempt(SourceFile file, RecordSink sink, Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (DefinitionException e) {
      sink.reject(refusal(file, e.field(), e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The reject refusing {@code file} for its mapping: {@code reason}, at {@code column} or null.
   */
  public static Reject refusal(SourceFile file, String column, String reason) {
    return new Reject(
        file.origin(0, null),
        column,
        RejectRule.INVALID_MAPPING,
        reason,
        file.defaultStudyId(),
        null);
  }
}
