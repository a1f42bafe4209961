package org.leadsurvey.result;

import java.util.Arrays;

/**
 * Arithmetic modulo the prime p = 2^61 - 1, and sparse vectors over it (ascending columns,
 * no zeros), for the exact elimination of {@link CutSpan}.
 */
final class ModP {
  static final long P = (1L << 61) - 1;

  private ModP() {}

  /** {@code a + f b} of two sparse vectors with ascending columns, zeros dropped. */
  static long[][] axpy(int[] ac, long[] av, long f, int[] bc, long[] bv) {
    long[] oc = new long[ac.length + bc.length];
    long[] ov = new long[oc.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < ac.length || j < bc.length) {
      int col;
      long v;
      if (j >= bc.length || (i < ac.length && ac[i] < bc[j])) {
        col = ac[i];
        v = av[i++];
      } else if (i >= ac.length || bc[j] < ac[i]) {
        col = bc[j];
        v = mul(f, bv[j++]);
      } else {
        col = ac[i];
        v = plus(av[i++], mul(f, bv[j++]));
      }
      if (v != 0) {
        oc[m] = col;
        ov[m++] = v;
      }
    }
    return new long[][] {Arrays.copyOf(oc, m), Arrays.copyOf(ov, m)};
  }

  /** The same for derivations: (total, coefficient) pairs, ascending by total. */
  static long[] axpyHist(long[] a, long f, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < a.length || j < b.length) {
      long id;
      long v;
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        id = a[i];
        v = a[i + 1];
        i += 2;
      } else if (i >= a.length || b[j] < a[i]) {
        id = b[j];
        v = mul(f, b[j + 1]);
        j += 2;
      } else {
        id = a[i];
        v = plus(a[i + 1], mul(f, b[j + 1]));
        i += 2;
        j += 2;
      }
      if (v != 0) {
        out[m++] = id;
        out[m++] = v;
      }
    }
    return Arrays.copyOf(out, m);
  }

  static int[] toInts(long[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (int) a[i];
    }
    return out;
  }

  static long plus(long a, long b) {
    long s = a + b;
    return s >= P ? s - P : s;
  }

  static long minus(long a, long b) {
    long s = a - b;
    return s < 0 ? s + P : s;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    long r = (lo & P) + ((lo >>> 61) | (hi << 3));
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  static long inverse(long a) {
    long result = 1;
    long base = a;
    for (long e = P - 2; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
    }
    return result;
  }
}
