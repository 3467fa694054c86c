package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code dissociation.csv}: CADSS peaks of the infusions of one study x course x infusion
 * number ({@code ALL} pools the numbers) that have a post-start total; {@code mean_change} over
 * those that also have a pre-infusion total.
 */
public record DissociationRow(
    String studyId,
    int courseNumber,
    String infusionNumber,
    int n,
    Double meanPeak,
    Double sdPeak,
    Double medianPeak,
    Double maxPeak,
    Double meanChange)
    implements java.io.Serializable {}
