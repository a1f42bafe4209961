package org.leadsurvey.result;

import java.util.List;
import java.util.Random;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;

/**
 * Micro-benchmark (not a test) of the disclosure step for demographic cuts at the size of the
 * speed target of issue 16: 100,000 respondents in 1,000 teams, three cut columns of five values
 * each (tenure, gender, site; site mostly follows the team), with team x group cells.
 *
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *       org.leadsurvey.result.CutsBench [respondents] [teams] [runs]
 * </pre>
 * (cp.txt: {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 * Prints the time of {@link Disclosure#publish(ScaleResult, CutAtoms, CutAccumulator, boolean,
 * int)} per run, and what it hid.
 */
public final class CutsBench {
  private static final String[] TENURE = {"<1y", "1-3y", "3-10y", "10y+", ""};
  private static final double[] TENURE_P = {.2, .35, .3, .12, .03};
  private static final String[] GENDER = {"woman", "man", "non-binary", "prefer not to say", ""};
  private static final double[] GENDER_P = {.46, .46, .03, .02, .03};
  private static final String[] SITE = {"Berlin", "Lisbon", "Toronto", "Remote", ""};

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private CutsBench() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int teams = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Random r = new Random(16);
    List<String> items = List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7");
    TeamsAsPublished scale = new TeamsAsPublished(items.size(), 6);
    CutAtoms atoms = new CutAtoms(List.of("tenure", "gender", "site"));
    CutAccumulator sums = new CutAccumulator(items.size(), 6);
    double[] keyed = new double[items.size()];
    int[] values = new int[3];
    for (int p = 0; p < people; p++) {
      int t = r.nextInt(teams);
      String team = "team-" + t;
      values[0] = atoms.value(0, TENURE[pick(r, TENURE_P)]);
      values[1] = atoms.value(1, GENDER[pick(r, GENDER_P)]);
      values[2] = atoms.value(2, r.nextDouble() < 0.8 ? SITE[t % 3] : SITE[3 + r.nextInt(2)]);
      double latent = 4.5 + r.nextGaussian();
      for (int i = 0; i < keyed.length; i++) {
        keyed[i] = Math.max(1, Math.min(7, Math.rint(latent + r.nextGaussian())));
      }
      scale.add(team, keyed);
      sums.add(atoms.atom(atoms.team(team), values), keyed);
    }
    ScaleResult published = scale.publish(items, 5);
    System.out.printf("%d respondents, %d teams, %d atoms%n", people, teams, atoms.size());
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      CutsReport report = Disclosure.publish(published, atoms, sums, true, 5);
      long ms = (System.nanoTime() - start) / 1_000_000;
      long cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      long groups = 0;
      long cells = 0;
      for (CutResult c : report.cuts()) {
        groups += c.groups().stream().filter(g -> g instanceof CutGroup.Shown).count();
        for (CutResult.TeamCells tc : c.cells()) {
          cells += tc.groups().size();
        }
      }
      System.out.printf("run %d: %d ms wall, %d ms cpu; shown %d groups, %d cells; %d hidden to protect"
          + " others%n", run + 1, ms, cpuMs, groups, cells, report.hiddenToProtect());
    }
  }

  private static int pick(Random r, double[] p) {
    double u = r.nextDouble();
    for (int i = 0; i < p.length - 1; i++) {
      u -= p[i];
      if (u < 0) {
        return i;
      }
    }
    return p.length - 1;
  }
}
