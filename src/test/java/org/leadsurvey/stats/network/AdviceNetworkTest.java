package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The advice network's math on the bundled example (examples/advice-*.csv), against base R's
 * {@code table()} and igraph 1.3.5's {@code betweenness(directed = TRUE, normalized = TRUE)}
 * (src/test/resources/advice/advice-fixtures.R and its log), all teams, nothing hidden.
 */
class AdviceNetworkTest {
  private static List<NamedCsvRecord> csv(String path) throws IOException {
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(Path.of(path))) {
      return r.stream().toList();
    }
  }

  /** The example as R reads it: roster order, ties deduplicated, self-ties dropped. */
  record Example(List<String> teams, List<String> people, AdviceNetwork net) {}

  static Example example() throws IOException {
    List<NamedCsvRecord> roster = csv("examples/advice-roster.csv");
    List<String> teams = new ArrayList<>(new LinkedHashSet<>(
        roster.stream().map(r -> r.getField("team")).toList()));
    List<String> people = roster.stream().map(r -> r.getField("person")).toList();
    Map<String, Integer> index = new HashMap<>();
    int[] teamOf = new int[people.size()];
    for (int p = 0; p < people.size(); p++) {
      index.put(people.get(p), p);
      teamOf[p] = teams.indexOf(roster.get(p).getField("team"));
    }
    boolean[] answered = new boolean[people.size()];
    Set<Long> seen = new LinkedHashSet<>();
    for (NamedCsvRecord r : csv("examples/advice-nominations.csv")) {
      int p = index.get(r.getField("person"));
      answered[p] = true;
      String a = r.getField("advisor");
      if (!a.isEmpty() && index.get(a) != p) {
        seen.add((long) p * people.size() + index.get(a));
      }
    }
    int[] from = seen.stream().mapToInt(t -> (int) (t / people.size())).toArray();
    int[] to = seen.stream().mapToInt(t -> (int) (t % people.size())).toArray();
    return new Example(teams, people, new AdviceNetwork(teams.size(), teamOf, answered, from,
        to));
  }

  @Test
  void teamCountsAndEiIndexAgreeWithBaseR() throws IOException {
    Example ex = example();
    TeamTieMatrix m = ex.net().matrix();
    long[] members = ex.net().members();
    long[] respondents = ex.net().respondents();
    List<NamedCsvRecord> expected = csv("src/test/resources/advice/expected-teams.csv");
    assertEquals(ex.teams().size(), expected.size());
    long internal = 0;
    long external = 0;
    for (NamedCsvRecord e : expected) {
      int t = ex.teams().indexOf(e.getField("team"));
      assertTrue(t >= 0, e.getField("team"));
      assertEquals(Long.parseLong(e.getField("n")), members[t], e.getField("team"));
      assertEquals(Long.parseLong(e.getField("respondents")), respondents[t]);
      assertEquals(Long.parseLong(e.getField("internal")), m.internal(t));
      assertEquals(Long.parseLong(e.getField("external")), m.external(t));
      assertEquals(Double.parseDouble(e.getField("eiIndex")),
          EiIndex.of(m.external(t), m.internal(t)), 1e-12);
      internal += m.internal(t);
      external += m.external(t);
    }
    NamedCsvRecord all = csv("src/test/resources/advice/expected-organisation.csv").get(0);
    assertEquals("all teams", all.getField("basis"));
    assertEquals(Long.parseLong(all.getField("internal")), internal);
    assertEquals(Long.parseLong(all.getField("external")), external);
    assertEquals(Double.parseDouble(all.getField("eiIndex")), EiIndex.of(external, internal),
        1e-12);
  }

  @Test
  void betweennessAgreesWithIgraphOnTheWholeNetworkAndOnShownTeams() throws IOException {
    Example ex = example();
    double[] whole = ex.net().betweenness(all(ex.teams().size(), true));
    boolean[] kept = all(ex.teams().size(), true);
    for (String hidden : List.of("Facilities", "Finance", "Legal")) {
      kept[ex.teams().indexOf(hidden)] = false;
    }
    double[] shown = ex.net().betweenness(kept);
    List<NamedCsvRecord> expected = csv("src/test/resources/advice/expected-betweenness.csv");
    assertEquals(ex.people().size(), expected.size());
    int compared = 0;
    for (NamedCsvRecord e : expected) {
      int p = ex.people().indexOf(e.getField("person"));
      assertEquals(Double.parseDouble(e.getField("whole")), whole[p], 1e-12, e.getField("person"));
      String s = e.getField("shownTeams");
      if (s.equals("NA")) {
        assertTrue(Double.isNaN(shown[p]), e.getField("person") + " is left out");
      } else {
        assertEquals(Double.parseDouble(s), shown[p], 1e-12, e.getField("person"));
        compared++;
      }
    }
    assertEquals(55, compared, "the shown teams' people");
  }

  @Test
  void betweennessOfAPathAndOfTwoEqualPaths() {
    // a -> b -> c: b is on the only a-c path; igraph: 1 / ((3-1)(3-2)) = 0.5
    assertArrayEquals(new double[] {0, 0.5, 0},
        Betweenness.directedNormalized(3, new int[] {0, 1}, new int[] {1, 2}), 1e-15);
    // a -> b -> d, a -> c -> d: b and c each carry half of the a-d paths, 0.5 / 6
    assertArrayEquals(new double[] {0, 0.5 / 6, 0.5 / 6, 0},
        Betweenness.directedNormalized(4, new int[] {0, 1, 0, 2}, new int[] {1, 3, 2, 3}),
        1e-15);
    assertArrayEquals(new double[] {0, 0}, Betweenness.directedNormalized(2, new int[] {0},
        new int[] {1}));
  }

  @Test
  void eiIndexRunsFromMinusOneToOneAndIsUndefinedWithoutTies() {
    assertEquals(-1.0, EiIndex.of(0, 7));
    assertEquals(1.0, EiIndex.of(3, 0));
    assertEquals(-0.2, EiIndex.of(8, 12), 1e-15); // Finance in the example, as R
    assertTrue(Double.isNaN(EiIndex.of(0, 0)));
  }

  private static boolean[] all(int n, boolean v) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, v);
    return b;
  }
}
