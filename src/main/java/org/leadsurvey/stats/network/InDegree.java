package org.leadsurvey.stats.network;

/**
 * What each person receives: in-degree (ties named to them), in-strength (rescaled ratings
 * received, see {@link DegreeCentralization}) and the mean rating received.
 */
final class InDegree {
  private InDegree() {}

  /** Per person, teammates whose rating of them is at or above the threshold. */
  public static double[] binary(PeerNetwork net, double threshold) {
    int n = net.n();
    double[] in = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (net.tie(i, j, threshold)) {
          in[j]++;
        }
      }
    }
    return in;
  }

  /** Per person, {@code sum_i (r_ij - min) / (max - min)} over the ratings received. */
  public static double[] strength(PeerNetwork net) {
    int n = net.n();
    double range = net.max() - net.min();
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double r = net.rating(i, j);
        if (!Double.isNaN(r)) {
          s[j] += range == 0 ? 0 : (r - net.min()) / range;
        }
      }
    }
    return s;
  }

  /** Per person, the mean of the ratings received; NaN when nobody rated them. */
  public static double[] meanReceived(PeerNetwork net) {
    int n = net.n();
    double[] sum = new double[n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double r = net.rating(i, j);
        if (!Double.isNaN(r)) {
          sum[j] += r;
          count[j]++;
        }
      }
    }
    double[] mean = new double[n];
    for (int j = 0; j < n; j++) {
      mean[j] = count[j] == 0 ? Double.NaN : sum[j] / count[j];
    }
    return mean;
  }

  /** Per person, how many teammates rated them. */
  public static int[] ratingsReceived(PeerNetwork net) {
    int n = net.n();
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (!Double.isNaN(net.rating(i, j))) {
          count[j]++;
        }
      }
    }
    return count;
  }
}
