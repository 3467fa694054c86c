package org.infusionoutcomes.analysis.report;

/**
 * One bar of a {@link Waterfall}: the OC endpoint percent change of one ITT course - or, with
 * small-cell suppression, the mean of a block of at least k consecutive courses in sorted order
 * (single courses would let anyone count small groups of bars: those above 0, say).
 *
 * @param studyId the course's study; null for a block
 * @param courseNumber the course number; null for a block
 * @param pctChange percent change from baseline at the OC endpoint (negative = improvement), or the
 *     block's mean
 * @param responder whether the course meets response at the OC endpoint; false for a block
 * @param remitter whether the course meets remission at the OC endpoint; false for a block
 * @param courses 1 for a course, else the courses of the block
 */
public record WaterfallBar(
    String studyId,
    Integer courseNumber,
    double pctChange,
    boolean responder,
    boolean remitter,
    int courses) {

  /** The bar of one course. */
  public WaterfallBar(
      String studyId, Integer courseNumber, double pctChange, boolean responder, boolean remitter) {
    this(studyId, courseNumber, pctChange, responder, remitter, 1);
  }
}
