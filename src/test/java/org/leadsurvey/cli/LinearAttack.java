package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker who holds published totals, each a sum over a known set of people, and adds and
 * subtracts them: which sets can they work out? Exactly those whose indicator vector lies in
 * the span of the published sets' vectors (Gaussian elimination; the vectors are 0/1, so
 * double arithmetic with a small tolerance is exact enough at these sizes).
 */
final class LinearAttack {
  private static final double EPS = 1e-9;

  private final int people;
  /** Rows in echelon form: each has a leading 1 at its pivot, and zeros at earlier pivots. */
  private final List<double[]> basis = new ArrayList<>();
  private final List<Integer> pivots = new ArrayList<>();
  private final List<String> published = new ArrayList<>();

  LinearAttack(int people) {
    this.people = people;
  }

  /**
   * A published total over {@code members}; {@code n} is the count the output states, which
   * must be the number of members (a check on the test's own model of who is counted).
   */
  void publish(boolean[] members, long n, String what) {
    long count = 0;
    for (boolean m : members) {
      count += m ? 1 : 0;
    }
    assertEquals(count, n, what + ": the output counts other people than the test expects");
    published.add(what + " (" + n + ")");
    double[] v = reduce(vector(members));
    int p = leading(v);
    if (p < 0) {
      return; // already in the span
    }
    double lead = v[p];
    for (int j = 0; j < people; j++) {
      v[j] /= lead;
    }
    // Keep the basis reduced: clear the new pivot from the rows already there.
    for (double[] row : basis) {
      double f = row[p];
      if (Math.abs(f) > EPS) {
        for (int j = 0; j < people; j++) {
          row[j] -= f * v[j];
        }
      }
    }
    basis.add(v);
    pivots.add(p);
  }

  /** Whether the total over {@code members} follows from what was published. */
  boolean recovers(boolean[] members) {
    return leading(reduce(vector(members))) < 0;
  }

  List<String> published() {
    return published;
  }

  private double[] vector(boolean[] members) {
    double[] v = new double[people];
    for (int i = 0; i < people; i++) {
      v[i] = members[i] ? 1 : 0;
    }
    return v;
  }

  private double[] reduce(double[] v) {
    for (int r = 0; r < basis.size(); r++) {
      double f = v[pivots.get(r)];
      if (Math.abs(f) > EPS) {
        double[] row = basis.get(r);
        for (int j = 0; j < people; j++) {
          v[j] -= f * row[j];
        }
      }
    }
    return v;
  }

  private static int leading(double[] v) {
    for (int j = 0; j < v.length; j++) {
      if (Math.abs(v[j]) > EPS) {
        return j;
      }
    }
    return -1;
  }
}
