package org.leadsurvey.stats.network;

import java.util.ArrayList;
import java.util.List;

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
    List<List<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int e = 0; e < from.length; e++) {
      out.get(from[e]).add(to[e]);
    }
    double[] cb = new double[n];
    int[] stack = new int[n];
    int[] queue = new int[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    List<List<Integer>> pred = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pred.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      int top = 0;
      for (int i = 0; i < n; i++) {
        pred.get(i).clear();
        dist[i] = -1;
        sigma[i] = 0;
        delta[i] = 0;
      }
      sigma[s] = 1;
      dist[s] = 0;
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        int v = queue[head++];
        stack[top++] = v;
        for (int w : out.get(v)) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
            pred.get(w).add(v);
          }
        }
      }
      while (top > 0) {
        int w = stack[--top];
        for (int v : pred.get(w)) {
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
        }
        if (w != s) {
          cb[w] += delta[w];
        }
      }
    }
    double pairs = (double) (n - 1) * (n - 2);
    for (int i = 0; i < n; i++) {
      cb[i] = pairs > 0 ? cb[i] / pairs : 0;
    }
    return cb;
  }
}
