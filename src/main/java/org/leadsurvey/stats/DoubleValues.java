package org.leadsurvey.stats;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of doubles kept unboxed: a team's item means cost one small array instead
 * of a boxed number per item, which matters with a million teams in a 1 GB heap.
 */
final class DoubleValues extends AbstractList<Double> implements RandomAccess {
  private final double[] values;

  private DoubleValues(double[] values) {
    this.values = values;
  }

  /** A list of a copy of {@code values}. */
  public static DoubleValues of(double... values) {
    return new DoubleValues(values.clone());
  }

  /** Takes {@code values} without copying; the caller must not change them afterwards. */
  static DoubleValues wrap(double[] values) {
    return new DoubleValues(values);
  }

  @Override
  public Double get(int index) {
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }
}
