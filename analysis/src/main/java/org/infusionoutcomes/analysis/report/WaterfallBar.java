package org.infusionoutcomes.analysis.report;

/**
 * One bar of a {@link Waterfall}: the OC endpoint percent change of one ITT course.
 *
 * @param studyId the course's study; null with small-cell suppression, which shows no group
 * @param courseNumber the course number; null with small-cell suppression
 * @param pctChange percent change from baseline at the OC endpoint (negative = improvement)
 * @param responder whether the course meets response at the OC endpoint
 * @param remitter whether the course meets remission at the OC endpoint
 */
public record WaterfallBar(
    String studyId, Integer courseNumber, double pctChange, boolean responder, boolean remitter) {}
