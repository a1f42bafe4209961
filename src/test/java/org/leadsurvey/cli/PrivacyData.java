package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random organisation for the privacy property tests: people with a team (or none), their
 * answers to the seven items of {@code psych-safety}, and whether the platform marks the
 * response finished. Teams range from one person to a dozen, so every run has teams hidden
 * for being small and teams hidden to protect them.
 */
final class PrivacyData {
  static final String HEADER = "respondent,team,Finished,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";
  static final int ITEMS = 7;
  static final int[] REVERSE = {0, 2, 4}; // PS1, PS3, PS5

  /** One row: answers 1..7, 0 for missing. */
  static final class Person {
    final String id;
    String team; // null: no team
    final int[] answers;
    final boolean finished;

    Person(String id, String team, int[] answers, boolean finished) {
      this.id = id;
      this.team = team;
      this.answers = answers;
      this.finished = finished;
    }

    int answered() {
      int n = 0;
      for (int a : answers) {
        n += a > 0 ? 1 : 0;
      }
      return n;
    }

    /** At least half the items answered (ceil(7/2) = 4). */
    boolean scored() {
      return answered() >= 4;
    }

    boolean complete() {
      return answered() == ITEMS;
    }
  }

  final List<Person> people = new ArrayList<>();

  /**
   * @param unfinished how many people leave the survey unfinished (Finished = 0)
   */
  static PrivacyData random(long seed, int unfinished) {
    Random r = new Random(seed);
    PrivacyData d = new PrivacyData();
    int[] sizes = {1, 2, 3, 4, 6, 7, 9, 12};
    int teams = 6 + r.nextInt(5);
    int id = 1;
    for (int t = 0; t < teams; t++) {
      int size = sizes[r.nextInt(sizes.length)];
      double level = 2.5 + 3 * r.nextDouble(); // teams differ
      for (int i = 0; i < size; i++) {
        d.people.add(new Person("r" + id++, "team-" + (char) ('a' + t), answers(r, level), true));
      }
    }
    int unteamed = r.nextInt(4);
    for (int i = 0; i < unteamed; i++) {
      d.people.add(new Person("r" + id++, null, answers(r, 4), true));
    }
    for (int i = 0; i < unfinished; i++) {
      Person p = d.people.get(r.nextInt(d.people.size()));
      d.people.set(d.people.indexOf(p), new Person(p.id, p.team, p.answers, false));
    }
    return d;
  }

  private static int[] answers(Random r, double level) {
    int[] a = new int[ITEMS];
    boolean skipper = r.nextDouble() < 0.05; // answers too few items to be scored
    for (int i = 0; i < ITEMS; i++) {
      if (r.nextDouble() < (skipper ? 0.8 : 0.06)) {
        continue;
      }
      int v = (int) Math.round(level + r.nextGaussian());
      v = Math.max(1, Math.min(7, v));
      boolean reverse = i == 0 || i == 2 || i == 4;
      a[i] = reverse ? 8 - v : v;
    }
    return a;
  }

  PrivacyData copy() {
    PrivacyData d = new PrivacyData();
    for (Person p : people) {
      d.people.add(new Person(p.id, p.team, p.answers.clone(), p.finished));
    }
    return d;
  }

  String csv() {
    StringBuilder s = new StringBuilder(HEADER);
    for (Person p : people) {
      s.append(p.id).append(',').append(p.team == null ? "" : p.team).append(',')
          .append(p.finished ? 1 : 0);
      for (int a : p.answers) {
        s.append(',').append(a == 0 ? "" : Integer.toString(a));
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** Scored, finished people per team (the default run's team sizes); null key: no team. */
  Map<String, Integer> defaultSizes() {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Person p : people) {
      if (p.finished && p.scored()) {
        n.merge(p.team, 1, Integer::sum);
      }
    }
    return n;
  }

  /** Rows per team, as validate counts them (finished rows). */
  Map<String, Integer> rowSizes() {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Person p : people) {
      if (p.finished) {
        n.merge(p.team, 1, Integer::sum);
      }
    }
    return n;
  }
}
