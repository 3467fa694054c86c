package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code logrank.csv} (SPEC §7, §5.1.12): the log-rank test between course numbers within
 * one (study, scale), descriptive and unadjusted.
 *
 * @param endpoint {@code durability} or {@code time_to_response}
 * @param groups the course numbers compared, joined by {@code ;}
 */
public record LogRankRow(
    String studyId,
    String scale,
    String endpoint,
    String groups,
    Double chisq,
    int df,
    Double pValue) {}
