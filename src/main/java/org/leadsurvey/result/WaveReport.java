package org.leadsurvey.result;

/** One survey wave (a file, or one value of a wave column) with its own full analysis. */
public record WaveReport(String name, AnalysisReport report) {}
