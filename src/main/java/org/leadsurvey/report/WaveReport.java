package org.leadsurvey.report;

/** One survey wave (a file, or one value of a wave column) with its own full analysis. */
public record WaveReport(String name, AnalysisReport report) {}
