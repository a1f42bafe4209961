package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.HolmAdjustment;

/**
 * {@link Disclosure#publish(ScaleResult, CutAtoms, CutAccumulator, boolean, int)} end to end
 * from people: what it publishes (by name) is attacked as a whole, hidden groups carry no
 * numbers, and swapping the answers of people whom no published total tells apart changes no
 * published figure.
 */
class CutDisclosureTest {
  private static final List<String> ITEMS = List.of("A", "B", "C", "D");
  private static final List<String> COLUMNS = List.of("tenure", "gender", "site");

  /** A person: team (null: none), a value per column, keyed answers 1..5. */
  record Person(String team, String[] values, double[] keyed) {}

  /** A run's inputs and outputs. */
  record Run(List<Person> people, CutAtoms atoms, CutAccumulator sums, ScaleResult scale,
      CutsReport cuts) {

    static Run of(List<Person> people, boolean crossTeams, int k) {
      TeamsAsPublished teams = new TeamsAsPublished(ITEMS.size(), 4);
      CutAtoms atoms = new CutAtoms(COLUMNS);
      CutAccumulator sums = new CutAccumulator(ITEMS.size(), 4);
      for (Person p : people) {
        double score = TeamsAsPublished.score(p.keyed());
        if (score == score) {
          teams.add(p.team(), p.keyed());
          int[] v = new int[COLUMNS.size()];
          for (int c = 0; c < v.length; c++) {
            v[c] = atoms.value(c, p.values()[c]);
          }
          sums.add(atoms.atom(atoms.team(p.team()), v), p.keyed());
        }
      }
      ScaleResult scale = teams.publish(ITEMS, k);
      return new Run(people, atoms, sums, scale,
          Disclosure.publish(scale, atoms, sums, crossTeams, k));
    }

    /** Every published figure, as text: equal texts, equal publications. */
    String published() {
      StringBuilder out = new StringBuilder();
      for (TeamResult t : scale.teams()) {
        out.append(t instanceof TeamResult.Reported r
            ? t.team() + " " + r.score().n() + " " + num(r.score().mean()) : t.team() + " hidden")
            .append('\n');
      }
      out.append("protecting ").append(cuts.hiddenToProtect()).append('\n');
      for (CutResult c : cuts.cuts()) {
        for (CutGroup g : c.groups()) {
          out.append(c.by()).append('=').append(g.group());
          if (g instanceof CutGroup.Shown s) {
            GroupScore sc = s.score();
            out.append(' ').append(sc.n()).append(' ').append(num(sc.mean())).append(' ')
                .append(num(sc.sd())).append(' ').append(num(sc.ci95().lower())).append(' ')
                .append(num(sc.favourable())).append(' ').append(sc.itemMeans().stream()
                    .map(CutDisclosureTest::num).toList()).append(" gap ")
                .append(num(s.gap().difference())).append(' ').append(num(s.gap().p()))
                .append(' ').append(num(s.gap().pHolm())).append(' ')
                .append(num(s.gap().cohensD()));
          } else {
            out.append(" hidden");
          }
          out.append('\n');
        }
        for (CutResult.TeamCells tc : c.cells()) {
          out.append(c.by()).append(" cells ").append(tc.team()).append(" hidden ")
              .append(tc.hidden());
          for (CutResult.Cell cell : tc.groups()) {
            out.append(' ').append(cell.group()).append(':').append(cell.n()).append(':')
                .append(num(cell.mean())).append(':').append(num(cell.favourable()));
          }
          out.append('\n');
        }
      }
      return out.toString();
    }
  }

  /** Rounded far below any output's precision, far above the rounding of merged sums. */
  static String num(double x) {
    return String.format(Locale.ROOT, "%.9f", x);
  }

  static List<Person> organisation(long seed) {
    Random r = new Random(seed);
    List<Person> people = new ArrayList<>();
    int teams = 3 + r.nextInt(6);
    int n = 40 + r.nextInt(80);
    String[][] values = {{"<1y", "1-3y", "3y+", ""}, {"woman", "man", "non-binary", ""},
        {"Berlin", "Lisbon", "Remote"}};
    for (int i = 0; i < n; i++) {
      String team = r.nextInt(15) == 0 ? null : "team-" + (int) Math.min(teams - 1,
          Math.abs(r.nextGaussian() * teams / 2));
      String[] v = new String[3];
      for (int c = 0; c < 3; c++) {
        String[] options = values[c];
        v[c] = r.nextDouble() < 0.85 ? options[r.nextInt(2)] : options[r.nextInt(options.length)];
      }
      double[] keyed = new double[ITEMS.size()];
      for (int j = 0; j < keyed.length; j++) {
        keyed[j] = r.nextInt(12) == 0 ? Double.NaN : 1 + r.nextInt(5);
      }
      people.add(new Person(team, v, keyed));
    }
    return people;
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 41).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everythingPublishedTogetherGivesNoSmallSetAway(long seed) {
    int k = 3 + (int) (seed % 3);
    Run run = Run.of(organisation(seed), seed % 3 != 0, k);
    CutAtoms atoms = run.atoms();
    long[] n = new long[atoms.size()];
    for (int a = 0; a < n.length; a++) {
      n[a] = run.sums().count(a);
    }
    SpanAttack attack = new SpanAttack(n);
    attack.publish(select(atoms, a -> true), "organisation");
    for (TeamResult t : run.scale().teams()) {
      if (t instanceof TeamResult.Reported r) {
        int id = atoms.teams().indexOf(t.team());
        boolean[] in = select(atoms, a -> atoms.teamOf(a) == id);
        assertEquals(count(n, in), r.score().n(), t.team());
        attack.publish(in, t.team());
      }
    }
    for (int c = 0; c < COLUMNS.size(); c++) {
      CutResult cut = run.cuts().cuts().get(c);
      assertEquals(COLUMNS.get(c), cut.by());
      for (CutGroup g : cut.groups()) {
        if (g instanceof CutGroup.Shown s) {
          int v = value(atoms, c, g.group());
          final int col = c;
          boolean[] in = select(atoms, a -> atoms.valueOf(a, col) == v);
          assertEquals(count(n, in), s.score().n(), g.group());
          assertTrue(s.score().n() >= k, "a shown group has k or more");
          attack.publish(in, cut.by() + "=" + g.group());
        }
      }
      for (CutResult.TeamCells tc : cut.cells()) {
        int id = atoms.teams().indexOf(tc.team());
        for (CutResult.Cell cell : tc.groups()) {
          int v = value(atoms, c, cell.group());
          final int col = c;
          boolean[] in = select(atoms, a -> atoms.teamOf(a) == id && atoms.valueOf(a, col) == v);
          assertEquals(count(n, in), cell.n(), tc.team() + " " + cell.group());
          attack.publish(in, tc.team() + " x " + cell.group());
        }
        assertEquals(atoms.values(c).size(), tc.groups().size() + tc.hidden(),
            "hidden counts every value not shown, empty or not");
      }
    }
    assertNull(attack.recoverable(k), "seed " + seed);
  }

  @Test
  void swappingAnswersOfPeopleNoPublishedTotalSeparatesChangesNothing() {
    // Per organisation, two scored people in different atoms that every published total holds
    // both or neither of: the same shown team (or both in no shown team), and per column the
    // same value or two values whose groups, and cells in their teams, are hidden.
    int tried = 0;
    for (long seed : seeds().toList()) {
      List<Person> people = organisation(seed);
      Run before = Run.of(people, true, 5);
      search:
      for (int i = 0; i < people.size(); i++) {
        for (int j = i + 1; j < people.size(); j++) {
          if (inseparable(before, people.get(i), people.get(j))) {
            List<Person> swapped = new ArrayList<>(people);
            Person a = people.get(i);
            Person b = people.get(j);
            swapped.set(i, new Person(a.team(), a.values(), b.keyed()));
            swapped.set(j, new Person(b.team(), b.values(), a.keyed()));
            assertEquals(before.published(), Run.of(swapped, true, 5).published(),
                "seed " + seed + ": swapping " + i + " and " + j);
            tried++;
            break search;
          }
        }
      }
    }
    assertTrue(tried >= 10, "organisations with a swap to try: " + tried);
  }

  @Test
  void hiddenGroupsCarryNoNumbersAndHolmCountsShownGroupsOnly() {
    List<Person> people = new ArrayList<>();
    Random r = new Random(3);
    String[] genders = {"woman", "man", "non-binary", ""};
    int[] sizes = {30, 25, 2, 3};
    for (int g = 0; g < genders.length; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        double[] keyed = {1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5)};
        people.add(new Person("team-" + (i % 3), new String[] {"1-3y", genders[g], "Berlin"},
            keyed));
      }
    }
    Run run = Run.of(people, false, 5);
    CutResult gender = run.cuts().cuts().get(1);
    assertEquals(List.of("man", "non-binary", "woman", "(no answer)"),
        gender.groups().stream().map(CutGroup::group).toList(), "natural order, blank last");
    assertTrue(gender.groups().get(1) instanceof CutGroup.Hidden);
    assertTrue(gender.groups().get(3) instanceof CutGroup.Hidden);
    CutGroup.Shown man = (CutGroup.Shown) gender.groups().get(0);
    CutGroup.Shown woman = (CutGroup.Shown) gender.groups().get(2);
    double[] holm = HolmAdjustment.adjust(new double[] {man.gap().p(), woman.gap().p()});
    assertEquals(holm[0], man.gap().pHolm(), 0);
    assertEquals(holm[1], woman.gap().pHolm(), 0);
    assertTrue(gender.cells().isEmpty(), "no cells without --cross-teams");
    // The only other group holds everyone: one column value for all is safe to show.
    assertFalse(run.cuts().cuts().get(0).groups().get(0) instanceof CutGroup.Hidden);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOrderOfTheRowsChangesNothing(long seed) {
    // Two runs on the same rows in another order must hide the same cells: else together they
    // would show what each hides.
    List<Person> people = organisation(seed);
    List<Person> shuffled = new ArrayList<>(people);
    java.util.Collections.shuffle(shuffled, new Random(seed));
    assertEquals(Run.of(people, true, 4).published(), Run.of(shuffled, true, 4).published());
  }

  @Test
  void atomsKeyedByTheReadersNumbersPublishTheSame() {
    // The reader numbers teams and values itself and labels a blank "(no answer)": fed those
    // numbers and names, disclosure publishes exactly what it does from CutAtoms' own.
    List<Person> people = organisation(7);
    Run own = Run.of(people, true, 4);
    List<String> teams = new ArrayList<>();
    List<List<String>> labels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Person p : people) {
      if (p.team() != null && !teams.contains(p.team())) {
        teams.add(0, p.team()); // another numbering than CutAtoms'
      }
      for (int c = 0; c < COLUMNS.size(); c++) {
        String label = p.values()[c].isEmpty() ? "(no answer)" : p.values()[c];
        if (!labels.get(c).contains(label)) {
          labels.get(c).add(label);
        }
      }
    }
    CutAtoms numbered = new CutAtoms(COLUMNS);
    CutAccumulator numberedSums = new CutAccumulator(ITEMS.size(), 4);
    for (Person p : people) {
      double score = TeamsAsPublished.score(p.keyed());
      if (score == score) {
        int[] v = new int[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
          v[c] = labels.get(c).indexOf(p.values()[c].isEmpty() ? "(no answer)" : p.values()[c]);
        }
        numberedSums.add(numbered.atom(p.team() == null ? CutAtoms.NO_TEAM
            : teams.indexOf(p.team()), v), p.keyed());
      }
    }
    CutsReport report = Disclosure.publish(own.scale(), numbered, teams, labels, numberedSums,
        true, 4);
    assertEquals(own.published(), new Run(people, numbered, numberedSums, own.scale(), report)
        .published());
  }

  @Test
  void aWithheldOrganisationPublishesNoGroup() {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(new Person("team-a", new String[] {"<1y", "woman", "Berlin"},
          new double[] {4, 4, 5, 3}));
    }
    Run run = Run.of(people, true, 5);
    assertFalse(run.scale().shown());
    for (CutResult c : run.cuts().cuts()) {
      assertTrue(c.groups().isEmpty(), "not even which values occur");
      assertTrue(c.cells().isEmpty());
    }
    assertEquals(run.scale().withheld(), run.cuts().withheld());
  }

  private static boolean inseparable(Run run, Person a, Person b) {
    if (!scored(a) || !scored(b) || java.util.Arrays.equals(a.values(), b.values())
        && java.util.Objects.equals(a.team(), b.team())) {
      return false;
    }
    boolean teamA = shown(run, a.team());
    boolean teamB = shown(run, b.team());
    if (teamA || teamB ? !java.util.Objects.equals(a.team(), b.team()) : false) {
      return false;
    }
    if (java.util.Arrays.equals(a.keyed(), b.keyed())) {
      return false;
    }
    for (int c = 0; c < COLUMNS.size(); c++) {
      if (a.values()[c].equals(b.values()[c])) {
        continue;
      }
      CutResult cut = run.cuts().cuts().get(c);
      for (String v : List.of(a.values()[c], b.values()[c])) {
        String label = v.isEmpty() ? "(no answer)" : v;
        if (cut.groups().stream().anyMatch(g -> g.group().equals(label)
            && g instanceof CutGroup.Shown)) {
          return false;
        }
        for (CutResult.TeamCells tc : cut.cells()) {
          if (tc.groups().stream().anyMatch(cell -> cell.group().equals(label))
              && (tc.team().equals(a.team()) || tc.team().equals(b.team()))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean scored(Person p) {
    int answered = 0;
    for (double x : p.keyed()) {
      answered += x == x ? 1 : 0;
    }
    return answered >= (ITEMS.size() + 1) / 2;
  }

  private static boolean shown(Run run, String team) {
    return team != null && run.scale().teams().stream()
        .anyMatch(t -> t.team().equals(team) && t instanceof TeamResult.Reported);
  }

  private static int value(CutAtoms atoms, int column, String label) {
    return atoms.values(column).indexOf(label.equals("(no answer)") ? "" : label);
  }

  private static boolean[] select(CutAtoms atoms, java.util.function.IntPredicate p) {
    boolean[] out = new boolean[atoms.size()];
    for (int a = 0; a < out.length; a++) {
      out[a] = p.test(a);
    }
    return out;
  }

  private static long count(long[] n, boolean[] in) {
    long s = 0;
    for (int a = 0; a < n.length; a++) {
      s += in[a] ? n[a] : 0;
    }
    return s;
  }
}
