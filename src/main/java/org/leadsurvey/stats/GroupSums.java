package org.leadsurvey.stats;

import java.math.BigInteger;

/**
 * The sums of a group of scored people (an atom, a cut's group, a team x group cell, the rest of
 * the organisation), kept as integers so that adding groups is exact and does not depend on the
 * order: a group's figures are then a function of its people alone, never of how the atoms it
 * is made of split them (which would let the last digits of a shown figure depend on hidden
 * ones). A person's score is S / a, the sum S of their a answered keyed answers; per a the
 * group keeps the count, the sum and the sum of squares of T = S - a c (c an integer near the
 * answers, so T stays small), and per item the number and sum of keyed answers. Mean and
 * variance are worked out from these exactly (rationals) and rounded once.
 */
public final class GroupSums {
  // The layout, which CutAccumulator writes in place: n, answers, favourable answers; per
  // a = 1..k: count, sum of T, sum of T^2; per item: answers, their sum.
  private static final int HEAD = 3;

  private final int k;
  private final long shift;
  private final long[] v;

  GroupSums(int k, long shift) {
    this.k = k;
    this.shift = shift;
    this.v = new long[size(k)];
  }

  /** Longs a group of a scale of k items holds. */
  static int size(int k) {
    return HEAD + 3 * k + 2 * k;
  }

  /** Where the count, sum and sum of squares of people with a answered items start. */
  static int answered(int a) {
    return HEAD + 3 * (a - 1);
  }

  /** Where item i's answers and their sum start, in a scale of k items. */
  static int item(int k, int i) {
    return HEAD + 3 * k + 2 * i;
  }

  /** Adds the stored sums {@code from[off, off + size(k))}. */
  void add(long[] from, int off) {
    for (int i = 0; i < v.length; i++) {
      v[i] += from[off + i];
    }
  }

  /** Adds another group's sums (the two groups are disjoint). */
  public void add(GroupSums o) {
    add(o.v, 0);
  }

  public long n() {
    return v[0];
  }

  /**
   * Mean and sd from the exact integer sums, rounded once each: with L the least common
   * multiple of the answered counts present and u = T L / a per person, the mean is
   * shift + sum u / (n L), and the variance (n sum u^2 - (sum u)^2) / (n (n - 1) L^2), whose
   * numerator is an exact integer. Longs while they cannot overflow, else BigInteger.
   */
  private double[] moments() {
    long n = n();
    BigInteger bl = BigInteger.ONE;
    for (int a = 1; a <= k; a++) {
      if (v[answered(a)] > 0) {
        BigInteger ba = BigInteger.valueOf(a);
        bl = bl.divide(bl.gcd(ba)).multiply(ba);
      }
    }
    BigInteger sum = BigInteger.ZERO;
    BigInteger squares = BigInteger.ZERO;
    for (int a = 1; a <= k; a++) {
      int p = answered(a);
      if (v[p] > 0) {
        BigInteger f = bl.divide(BigInteger.valueOf(a));
        sum = sum.add(BigInteger.valueOf(v[p + 1]).multiply(f));
        squares = squares.add(BigInteger.valueOf(v[p + 2]).multiply(f.multiply(f)));
      }
    }
    BigInteger bn = BigInteger.valueOf(n);
    double mean = shift + sum.doubleValue() / bn.multiply(bl).doubleValue();
    double sd = Double.NaN;
    if (n >= 2) {
      BigInteger m2 = bn.multiply(squares).subtract(sum.multiply(sum));
      sd = Math.sqrt(m2.doubleValue()
          / bn.multiply(bn.subtract(BigInteger.ONE)).multiply(bl.multiply(bl)).doubleValue());
    }
    return new double[] {mean, sd};
  }

  /**
   * The group's score.
   *
   * @param minAnswers fewest answers for an item mean (else NaN): the minimum group size
   */
  public GroupScore score(int minAnswers) {
    double[] itemMeans = new double[k];
    for (int i = 0; i < k; i++) {
      long n = v[item(k, i)];
      itemMeans[i] = n >= Math.max(1, minAnswers)
          ? (double) v[item(k, i) + 1] / n : Double.NaN;
    }
    double[] m = n() == 0 ? new double[] {Double.NaN, Double.NaN} : moments();
    double mean = m[0];
    double sd = n() < 2 ? Double.NaN : m[1];
    long answers = v[1];
    return new GroupScore(n(), mean, sd, OneSampleT.interval(n(), mean, sd, 0.95),
        answers == 0 ? Double.NaN : (double) v[2] / answers, DoubleValues.wrap(itemMeans));
  }
}
