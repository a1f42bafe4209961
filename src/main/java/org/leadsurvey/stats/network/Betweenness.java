package org.leadsurvey.stats.network;

import java.util.Arrays;

/**
 * Betweenness centrality of each person in a directed, unweighted network: the sum over
 * ordered pairs (s, t), s != v != t, of the share of shortest s-to-t paths that pass through v,
 * divided by (n-1)(n-2), the number of such pairs. Brandes' (2001) algorithm; as igraph's
 * {@code betweenness(g, directed = TRUE, normalized = TRUE)} (Freeman 1977). 0 when n &lt; 3.
 */
public final class Betweenness {
  private Betweenness() {}

  /**
   * @param n people, 0..n-1
   * @param from each tie's sender; parallel ties and self-ties must have been removed
   * @param to each tie's receiver
   */
  public static double[] directedNormalized(int n, int[] from, int[] to) {
    // adjacency as compressed rows (out- and in-neighbours): no boxing, no per-source garbage;
    // a predecessor of w on a shortest path is an in-neighbour one step closer to the source
    int[] outStart = starts(n, from);
    int[] outAdj = neighbours(outStart, from, to);
    int[] inStart = starts(n, to);
    int[] inAdj = neighbours(inStart, to, from);
    double[] cb = new double[n];
    int[] order = new int[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    Arrays.fill(dist, -1);
    for (int s = 0; s < n; s++) {
      sigma[s] = 1;
      dist[s] = 0;
      int head = 0;
      int tail = 0;
      order[tail++] = s;
      while (head < tail) {
        int v = order[head++];
        for (int e = outStart[v]; e < outStart[v + 1]; e++) {
          int w = outAdj[e];
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            order[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) { // farthest first; order[0] is s
        int w = order[i];
        for (int e = inStart[w]; e < inStart[w + 1]; e++) {
          int v = inAdj[e];
          if (dist[v] >= 0 && dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        cb[w] += delta[w];
      }
      for (int i = 0; i < tail; i++) { // only the nodes this source reached were touched
        int v = order[i];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    double pairs = (double) (n - 1) * (n - 2);
    for (int i = 0; i < n; i++) {
      cb[i] = pairs > 0 ? cb[i] / pairs : 0;
    }
    return cb;
  }

  /** Where each node's neighbours start in {@link #neighbours}, by the node in {@code key}. */
  private static int[] starts(int n, int[] key) {
    int[] start = new int[n + 1];
    for (int k : key) {
      start[k + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    return start;
  }

  private static int[] neighbours(int[] start, int[] key, int[] other) {
    int[] next = Arrays.copyOf(start, start.length - 1);
    int[] adj = new int[key.length];
    for (int e = 0; e < key.length; e++) {
      adj[next[key[e]]++] = other[e];
    }
    return adj;
  }
}
