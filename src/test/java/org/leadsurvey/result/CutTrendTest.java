package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.result.CutDisclosureTest.Run;
import org.leadsurvey.stats.CohensD;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.WelchInterval;

/** {@code trend --by}: a group's change between waves, only where it is shown in both. */
class CutTrendTest {

  @Test
  void aGroupChangesOnlyWhereItIsShownInBothWaves() {
    Run q1 = Run.of(CutDisclosureTest.organisation(11), false, 5);
    Run q2 = Run.of(CutDisclosureTest.organisation(12), false, 5);
    ScaleTrend scale = ScaleTrend.of(List.of("q1", "q2"), List.of(q1.scale(), q2.scale()));
    List<CutTrend> trends = CutTrend.of(scale, List.of(q1.cuts(), q2.cuts()));
    assertEquals(List.of("tenure", "gender", "site"), trends.stream().map(CutTrend::by).toList());
    int shown = 0;
    int withheld = 0;
    for (int c = 0; c < trends.size(); c++) {
      for (ScaleTrend.GroupTrend g : trends.get(c).groups()) {
        CutGroup before = group(q1.cuts().cuts().get(c), g.group());
        CutGroup after = group(q2.cuts().cuts().get(c), g.group());
        WaveChange change = g.changes().get(0);
        if (before instanceof CutGroup.Shown b && after instanceof CutGroup.Shown a) {
          GroupScore x = b.score();
          GroupScore y = a.score();
          WaveChange.Shown s = (WaveChange.Shown) change;
          assertEquals(WelchInterval.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd(), 0.95),
              s.welch());
          assertEquals(CohensD.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd()), s.d());
          shown++;
        } else {
          assertTrue(change instanceof WaveChange.Withheld, g.group());
          withheld++;
        }
      }
    }
    assertTrue(shown > 0 && withheld > 0, shown + " shown, " + withheld + " withheld");
    List<String> gender = trends.get(1).groups().stream().map(ScaleTrend.GroupTrend::group)
        .toList();
    assertEquals("(no answer)", gender.get(gender.size() - 1));
  }

  private static CutGroup group(CutResult cut, String name) {
    return cut.groups().stream().filter(g -> g.group().equals(name)).findFirst().orElse(null);
  }
}
