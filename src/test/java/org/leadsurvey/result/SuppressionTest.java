package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.ConfidenceInterval;
import org.leadsurvey.stats.TeamScore;

class SuppressionTest {
  private static List<TeamScore> teams(long... sizes) {
    List<TeamScore> out = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      out.add(new TeamScore("t" + i, sizes[i], 4, 1, new ConfidenceInterval(0.95, 3, 5), 0.9, 0.5));
    }
    return out;
  }

  private static Set<String> hidden(List<TeamResult> results) {
    Set<String> names = new TreeSet<>();
    results.stream().filter(t -> t instanceof TeamResult.Hidden).forEach(t -> names.add(t.team()));
    return names;
  }

  @Test
  void nothingHiddenWhenEveryTeamIsLargeEnough() {
    assertEquals(Set.of(), hidden(Suppression.apply(teams(5, 6, 9), 0, 5)));
  }

  @Test
  void smallTeamsAreHidden() {
    // acme-psafety: teams of 3, 4, 2 and 4 are hidden, together 13 >= 5: no more.
    assertEquals(Set.of("t0", "t1", "t3", "t4"),
        hidden(Suppression.apply(teams(3, 4, 8, 2, 4, 9), 0, 5)));
  }

  @Test
  void aLoneSmallTeamTakesTheNextSmallestWithIt() {
    // One team of 3: subtractable from the organisation total, so the next smallest (6) goes.
    // Two hidden teams are fine: F and the ICCs leave them out, so only their union is known.
    assertEquals(Set.of("t0", "t1"), hidden(Suppression.apply(teams(3, 6, 7, 8, 20), 0, 5)));
  }

  @Test
  void twoSmallTeamsTogetherLargeEnoughTakeNoOther() {
    assertEquals(Set.of("t0", "t1"), hidden(Suppression.apply(teams(3, 4, 10, 12), 0, 5)));
  }

  @Test
  void peopleWithoutATeamCountAsHidden() {
    assertEquals(Set.of(), hidden(Suppression.apply(teams(8, 9, 10), 5, 5)));
    assertEquals(Set.of("t0"), hidden(Suppression.apply(teams(8, 9, 10), 2, 5)));
  }

  @Test
  void ordersAreKeptAndTiesBrokenByName() {
    List<TeamResult> r = Suppression.apply(teams(9, 2, 9, 9), 0, 5);
    assertEquals(List.of("t0", "t1", "t2", "t3"), r.stream().map(TeamResult::team).toList());
    assertEquals(Set.of("t0", "t1"), hidden(r)); // of three teams of 9, t0 by name
  }
}
