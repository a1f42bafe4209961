package org.leadsurvey.result;

import java.util.List;
import org.leadsurvey.stats.network.NetworkMetrics;

/**
 * A team's network as it may be shown: its figures per criterion, or only the fact that it is
 * hidden. A hidden team carries no numbers at all (not even its size), so no renderer can print
 * them. Built only by {@link NetworkSuppression}.
 */
public sealed interface NetworkResult permits NetworkResult.Reported, NetworkResult.Hidden {
  String team();

  /**
   * A shown team.
   *
   * @param criteria one entry per criterion of the report, in its order (one for a
   *     single-criterion file)
   * @param overlap one entry per pair of criteria (a before b in the report's order)
   */
  record Reported(String team, List<Criterion> criteria, List<Overlap> overlap)
      implements NetworkResult {
    public Reported {
      criteria = List.copyOf(criteria);
      overlap = List.copyOf(overlap);
    }

    /** The figures of the first (for a single-criterion file, the only) criterion. */
    public NetworkMetrics metrics() {
      return criteria.get(0).metrics();
    }
  }

  record Hidden(String team) implements NetworkResult {}

  /**
   * One criterion of a shown team.
   *
   * @param name the criterion ("" for a single-criterion file)
   * @param metrics the team's figures; its {@code people} list is always empty (people are in
   *     {@code people}); centralization figures withheld are NaN
   * @param centralizationWithheld whether a centralization figure was withheld because it would
   *     give a hidden person's in-degree or in-strength (see {@link NetworkSuppression})
   * @param ties the tie graph, anonymous people in display order
   * @param people every member, in the order shown (shown standings by rank, then the others)
   */
  record Criterion(String name, NetworkMetrics metrics, boolean centralizationWithheld,
      TieGraph ties, List<Standing> people) {
    public Criterion {
      people = List.copyOf(people);
    }

    /** The standing of {@code person}, a member of the team. */
    public Standing standing(String person) {
      return people.stream().filter(p -> p.person().equals(person)).findFirst().orElseThrow();
    }
  }

  /**
   * A member's standing on one criterion.
   *
   * @param raters teammates who rated them on it
   * @param shown their figures, or null when withheld (fewer than --min-raters raters, or hidden
   *     so that a withheld person's ratings cannot be worked out from the team's)
   */
  record Standing(String person, int raters, Figures shown) {}

  /**
   * No in-degree: the anonymous tie graph ({@code -f dot}) shows every node's in-degree, so a
   * named in-degree would let a reader match nodes to people and read who named whom.
   *
   * @param mean mean rating received
   * @param rank 1 = highest mean among the people shown; equal means share the best rank
   */
  record Figures(double mean, int rank) {}

  /**
   * The overlap of two criteria in one team.
   *
   * @param dyads directed dyads rated on both
   * @param r Pearson r over them, NaN when undefined
   */
  record Overlap(String a, String b, long dyads, double r) {}

  /**
   * Who named whom as a tie, people anonymous: node {@code i} is the i-th by in-degree (then
   * out-degree, then an order no name predicts).
   *
   * @param inDegree each node's in-degree
   * @param ties {@code ties[i][j]}: node i named node j
   */
  record TieGraph(int[] inDegree, boolean[][] ties) {
    public TieGraph {
      inDegree = inDegree.clone();
      boolean[][] copy = new boolean[ties.length][];
      for (int i = 0; i < ties.length; i++) {
        copy[i] = ties[i].clone();
      }
      ties = copy;
    }

    public int n() {
      return inDegree.length;
    }

    public int inDegree(int node) {
      return inDegree[node];
    }

    public boolean tie(int from, int to) {
      return ties[from][to];
    }
  }
}
