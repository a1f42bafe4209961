package org.leadsurvey.stats;

/** A two-sided interval at the given confidence level (e.g. 0.95). */
public record ConfidenceInterval(double level, double lower, double upper) {}
