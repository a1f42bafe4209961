package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.leadsurvey.stats.NaturalOrder;
import org.leadsurvey.stats.network.AdviceNetwork;
import org.leadsurvey.stats.network.EiIndex;
import org.leadsurvey.stats.network.TeamTieMatrix;

/**
 * The release step of the advice network (docs/privacy.md, "Advice across teams"). A team's
 * ties sent are its respondents' answers and its ties received are a score of its members, so
 * a hidden team must show up in no row, no column and no total:
 * <ol>
 *   <li>a team with fewer than {@code minGroup} respondents is hidden;
 *   <li>the hidden teams are one pooled row and column of the matrix; while they hold fewer
 *       than {@code minGroup} respondents together, the shown team with the fewest respondents
 *       (ties by name) is hidden too;
 *   <li>the organisation's totals are over the shown teams' ties only, so they add nothing
 *       to the shown rows, and nothing published depends on how people and ties are spread
 *       among the hidden teams;
 *   <li>betweenness is computed among the shown teams' people only.
 * </ol>
 * Every published count is then a sum over whole groups of at least {@code minGroup} people
 * (a shown team or the pool), as seekers and as advisors.
 */
public final class AdviceDisclosure {
  private AdviceDisclosure() {}

  /** Who is what, by index into {@link AdviceNetwork}. */
  public record Names(List<String> teams, List<String> people) {}

  /** What the report says about its input. */
  public record Header(String toolVersion, List<String> files, long rows) {}

  public static AdviceReport apply(Header header, AdviceNetwork net, Names names, int minGroup,
      boolean showPeople) {
    long[] members = net.members();
    long[] respondents = net.respondents();
    boolean[] hidden = hidden(names.teams(), respondents, minGroup);
    // shown in the locale's order; which teams are hidden does not depend on it (hidden())
    int[] order = NameOrder.forDefaultLocale().order(names.teams());
    TeamTieMatrix m = net.matrix();
    List<AdviceTeam> teams = new ArrayList<>();
    List<Integer> shown = new ArrayList<>();
    long internal = 0;
    long external = 0;
    for (int t : order) {
      String name = names.teams().get(t);
      if (hidden[t]) {
        teams.add(new AdviceTeam.Hidden(name));
        continue;
      }
      shown.add(t);
      internal += m.internal(t);
      external += m.external(t);
      teams.add(new AdviceTeam.Shown(name, members[t], respondents[t], m.internal(t),
          m.external(t), EiIndex.of(m.external(t), m.internal(t))));
    }
    if (shown.isEmpty()) {
      return new AdviceReport(header.toolVersion(), header.files(), header.rows(), minGroup,
          teams, null, null, List.of(), showPeople);
    }
    boolean pooled = shown.size() < order.length;
    AdviceReport.Organisation org = new AdviceReport.Organisation(internal, external,
        EiIndex.of(external, internal), !pooled);
    return new AdviceReport(header.toolVersion(), header.files(), header.rows(), minGroup,
        teams, org, matrix(m, shown, pooled, names), showPeople ? brokers(net, hidden, names)
        : List.of(), showPeople);
  }

  /** Rule 1, then rule 2's complementary hiding. */
  static boolean[] hidden(List<String> names, long[] respondents, int minGroup) {
    boolean[] hidden = new boolean[respondents.length];
    boolean any = false;
    long pool = 0;
    for (int t = 0; t < hidden.length; t++) {
      if (respondents[t] < minGroup) {
        hidden[t] = true;
        any = true;
        pool += respondents[t];
      }
    }
    if (any && pool < minGroup) {
      Integer[] bySize = new Integer[hidden.length];
      for (int i = 0; i < bySize.length; i++) {
        bySize[i] = i;
      }
      Arrays.sort(bySize, Comparator.comparingLong((Integer i) -> respondents[i])
          .thenComparing(names::get));
      for (int t : bySize) {
        if (pool >= minGroup) {
          break;
        }
        if (!hidden[t]) {
          hidden[t] = true;
          pool += respondents[t];
        }
      }
    }
    return hidden;
  }

  private static AdviceReport.Matrix matrix(TeamTieMatrix m, List<Integer> shown,
      boolean pooled, Names names) {
    int size = shown.size() + (pooled ? 1 : 0);
    int[] slot = new int[m.teams()];
    Arrays.fill(slot, size - 1); // the pool, when there is one
    for (int i = 0; i < shown.size(); i++) {
      slot[shown.get(i)] = i;
    }
    long[][] counts = new long[size][size];
    for (int a = 0; a < m.teams(); a++) {
      for (int b = 0; b < m.teams(); b++) {
        counts[slot[a]][slot[b]] += m.counts()[a][b];
      }
    }
    return new AdviceReport.Matrix(shown.stream().map(names.teams()::get).toList(), pooled,
        counts);
  }

  private static List<AdviceReport.Broker> brokers(AdviceNetwork net, boolean[] hidden,
      Names names) {
    boolean[] kept = new boolean[hidden.length];
    for (int t = 0; t < kept.length; t++) {
      kept[t] = !hidden[t];
    }
    double[] b = net.betweenness(kept);
    List<AdviceReport.Broker> out = new ArrayList<>();
    for (int p = 0; p < b.length; p++) {
      if (!Double.isNaN(b[p])) {
        out.add(new AdviceReport.Broker(names.teams().get(net.teamOf()[p]),
            names.people().get(p), b[p]));
      }
    }
    out.sort(Comparator.comparingDouble((AdviceReport.Broker x) -> -x.betweenness())
        .thenComparing(AdviceReport.Broker::person, NaturalOrder.INSTANCE));
    return out;
  }
}
