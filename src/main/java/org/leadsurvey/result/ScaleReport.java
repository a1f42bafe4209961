package org.leadsurvey.result;

import org.leadsurvey.instrument.Scale;

/** One scale's definition with its results. */
public record ScaleReport(Scale scale, ScaleResult result) {}
