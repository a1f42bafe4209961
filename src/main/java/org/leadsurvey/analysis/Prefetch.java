package org.leadsurvey.analysis;

import org.leadsurvey.ingest.RowBatch;
import org.leadsurvey.stats.ScaleAccumulator;

/**
 * Touches the team sums a batch of rows is about to add to, all before the first is added: with
 * 100,000 teams nearly every row's sums miss the cache, and touched together their misses overlap
 * instead of queueing one after another.
 */
final class Prefetch {
  private final ScaleAccumulator[] accumulators;
  @SuppressWarnings("unused")
  private double sink; // a use of the loads, so that they are not optimized away

  Prefetch(ScaleAccumulator[] accumulators) {
    this.accumulators = accumulators;
  }

  void teamsOf(RowBatch batch) {
    double touched = 0;
    for (int i = 0; i < batch.size(); i++) {
      for (ScaleAccumulator a : accumulators) {
        touched += a.touch(batch.team(i));
      }
    }
    sink = touched;
  }
}
