package org.leadsurvey.result;

import org.leadsurvey.instrument.Scale;

/**
 * One scale's definition with its results.
 *
 * @param cuts its demographic cuts ({@code --by}), or null when the run has none
 */
public record ScaleReport(Scale scale, ScaleResult result, CutsReport cuts) {
  public ScaleReport(Scale scale, ScaleResult result) {
    this(scale, result, null);
  }
}
