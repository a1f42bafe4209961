package org.leadsurvey.report;

import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.ScaleResult;

/** One scale's definition with its results. */
public record ScaleReport(Scale scale, ScaleResult result) {}
