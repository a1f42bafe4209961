package org.leadsurvey.analysis;

import org.leadsurvey.stats.CarelessScreen;

/** Careless-response screening: the cut-offs, and whether flagged rows are left out. */
public record Screening(CarelessScreen.Thresholds thresholds, boolean exclude) {}
