package org.leadsurvey.stats.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one team's ratings as they stream in, one dyad at a time, on one criterion or
 * several (one matrix per criterion over the same members). Memory grows with the team's size
 * squared (its dyads) times the criteria, never with the rest of the file.
 */
public final class PeerRatings {
  /** What became of one rating. */
  public enum Added { ADDED, SELF_RATING, DUPLICATE }

  private final String team;
  private final int min;
  private final int max;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> people = new ArrayList<>();
  /** One matrix per criterion, in the order criteria were first seen; "" = single criterion. */
  private final Map<String, double[][]> byCriterion = new LinkedHashMap<>();
  private int capacity;

  public PeerRatings(String team, int min, int max) {
    this.team = team;
    this.min = min;
    this.max = max;
  }

  public String team() {
    return team;
  }

  /** Registers a member (from a roster, or a rater whose row has no ratings). */
  public int member(String person) {
    Integer i = index.get(person);
    if (i != null) {
      return i;
    }
    int k = people.size();
    index.put(person, k);
    people.add(person);
    if (k >= capacity) {
      int size = Math.max(8, capacity * 2);
      byCriterion.replaceAll((c, m) -> grow(m, size));
      capacity = size;
    }
    return k;
  }

  private static double[][] grow(double[][] ratings, int size) {
    double[][] grown = new double[size][];
    for (int r = 0; r < size; r++) {
      grown[r] = new double[size];
      Arrays.fill(grown[r], Double.NaN);
      if (r < ratings.length) {
        System.arraycopy(ratings[r], 0, grown[r], 0, ratings.length);
      }
    }
    return grown;
  }

  public boolean isMember(String person) {
    return index.containsKey(person);
  }

  /**
   * Adds the rating {@code rater} gave {@code ratee}; both become members. A self-rating is
   * not stored; a second rating of the same dyad is refused.
   */
  public Added add(String rater, String ratee, double rating) {
    return add("", rater, ratee, rating);
  }

  /** As {@link #add(String, String, double)}, on the named criterion. */
  public Added add(String criterion, String rater, String ratee, double rating) {
    int i = member(rater);
    int j = member(ratee);
    if (i == j) {
      return Added.SELF_RATING;
    }
    double[][] ratings = byCriterion.computeIfAbsent(criterion, c -> grow(new double[0][],
        capacity));
    if (!Double.isNaN(ratings[i][j])) {
      return Added.DUPLICATE;
    }
    ratings[i][j] = rating;
    return Added.ADDED;
  }

  /** The single-criterion network (no rating at all: an empty network of the members). */
  public PeerNetwork network() {
    return network("");
  }

  /** The network of one criterion over all the team's members (empty if never rated on it). */
  public PeerNetwork network(String criterion) {
    int n = people.size();
    double[][] ratings = byCriterion.get(criterion);
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      if (ratings == null) {
        m[i] = new double[n];
        Arrays.fill(m[i], Double.NaN);
      } else {
        m[i] = Arrays.copyOf(ratings[i], n);
      }
    }
    return new PeerNetwork(team, people, m, min, max);
  }
}
