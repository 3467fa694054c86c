package org.infusionoutcomes.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.RecordSink;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SubjectObservation;

/** Keeps everything a reader reports, for assertions. Shared by the format tests. */
public final class CollectingSink implements RecordSink {
  public final List<ScoreObservation> scores = new ArrayList<>();
  public final List<InfusionObservation> infusions = new ArrayList<>();
  public final List<SubjectObservation> subjects = new ArrayList<>();
  public final List<Reject> rejects = new ArrayList<>();

  @Override
  public void score(ScoreObservation o) {
    scores.add(o);
  }

  @Override
  public void infusion(InfusionObservation o) {
    infusions.add(o);
  }

  @Override
  public void subject(SubjectObservation o) {
    subjects.add(o);
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
  }

  /** Rejects of one rule. */
  public List<Reject> rejects(RejectRule rule) {
    return rejects.stream().filter(r -> r.rule() == rule).toList();
  }

  /**
   * The (file, line) pairs named by rejects of records. Warnings keep their record, and a
   * file-level refusal names no record ({@code direct_identifier} refuses a file; {@code
   * direct_identifier_value} rejects one record).
   */
  public Set<String> rejectedRecords() {
    return rejects.stream()
        .filter(r -> !r.rule().isWarning() && !r.rule().isFileLevel() && r.origin().line() > 0)
        .map(r -> r.origin().file() + ":" + r.origin().line())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The (file, line) pairs that yielded an observation. */
  public Set<String> acceptedRecords() {
    return Stream.of(
            scores.stream().map(ScoreObservation::origin),
            infusions.stream().map(InfusionObservation::origin),
            subjects.stream().map(SubjectObservation::origin))
        .flatMap(s -> s)
        .map(o -> o.file() + ":" + o.line())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
