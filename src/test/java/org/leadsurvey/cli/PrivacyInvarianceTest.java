package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadsurvey.cli.PrivacyData.Person;

/**
 * Privacy by invariance: whatever happens inside the hidden part of an organisation (people
 * swapped or moved between hidden teams, or between a hidden team and "no team") changes no
 * byte of any output: every format of {@code analyze}, its {@code --output-dir} files,
 * {@code validate}, {@code trend} (a move inside one wave) and the exit code and messages of
 * {@code --check} gates. Outputs that do not change cannot give away what happened.
 */
class PrivacyInvarianceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int K = 5;

  @TempDir Path tmp;

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void swapsInsideTheHiddenPartChangeNoOutput(long seed) throws IOException {
    PrivacyData data = PrivacyData.random(seed, 0);
    Map<String, String> before = outputs(data);
    List<String> hidden = hiddenGroups(before);
    Random r = new Random(seed);
    int tried = 0;
    for (int round = 0; round < 3 && hidden.size() >= 2; round++) {
      // Two different hidden groups ("no team" is one), a scored member of each: swap them.
      List<String> groups = new ArrayList<>(hidden);
      java.util.Collections.shuffle(groups, r);
      Person a = scoredMember(data, groups.get(0), r);
      Person b = scoredMember(data, groups.get(1), r);
      if (a == null || b == null) {
        continue;
      }
      PrivacyData swapped = data.copy();
      swap(swapped, a.id, b.id);
      assertSame(before, outputs(swapped), "swap " + a.id + " (" + a.team + ") with " + b.id
          + " (" + b.team + ")");
      tried++;
    }
    assertTrue(tried > 0 || hidden.size() < 2, "a swap was tried");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void movesBetweenSmallTeamsAndNoTeamChangeNoOutput(long seed) throws IOException {
    PrivacyData data = PrivacyData.random(seed, 0);
    Map<String, String> before = outputs(data);
    Map<String, Integer> sizes = data.defaultSizes();
    Map<String, Integer> rows = data.rowSizes();
    Set<String> hidden = new HashSet<>(hiddenGroups(before));
    // Teams hidden for their size (not to protect others), and "no team" (key null).
    List<String> small = new ArrayList<>();
    for (String g : hidden) {
      String team = g.equals("(no team)") ? null : g;
      if (team == null || rows.getOrDefault(team, 0) < K) {
        small.add(team == null ? null : team);
      }
    }
    int moves = 0;
    for (String from : small) {
      for (String to : small) {
        if (java.util.Objects.equals(from, to) || moves >= 4) {
          continue;
        }
        // The source keeps a member; the target stays small (by people and by rows).
        if (from != null && rows.get(from) < 2) {
          continue;
        }
        if (to != null && rows.get(to) + 1 >= K) {
          continue;
        }
        if (from == null && sizes.getOrDefault(null, 0) < 2) {
          continue;
        }
        Person p = scoredMember(data, from == null ? "(no team)" : from, new Random(seed));
        if (p == null) {
          continue;
        }
        PrivacyData moved = data.copy();
        moved.people.stream().filter(x -> x.id.equals(p.id)).findFirst().orElseThrow().team = to;
        assertSame(before, outputs(moved), "move " + p.id + " from " + from + " to " + to);
        moves++;
      }
    }
    assertTrue(moves > 0 || small.size() < 2, "a move was tried among " + small);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMoveInsideOneWaveChangesNoTrendOutput(long seed) throws IOException {
    PrivacyData first = PrivacyData.random(seed, 0);
    PrivacyData second = PrivacyData.random(seed + 100, 0);
    Map<String, String> before = trend(first, second);
    List<String> hidden = hiddenGroups(outputs(first));
    Random r = new Random(seed);
    if (hidden.size() < 2) {
      return;
    }
    Person a = scoredMember(first, hidden.get(0), r);
    Person b = scoredMember(first, hidden.get(1), r);
    if (a == null || b == null) {
      return;
    }
    PrivacyData swapped = first.copy();
    swap(swapped, a.id, b.id);
    assertSame(before, trend(swapped, second), "swap in wave 1");
  }

  /** Every output of every command and format on the data, by name. */
  private Map<String, String> outputs(PrivacyData data) throws IOException {
    Path file = tmp.resolve("survey.csv");
    Files.writeString(file, data.csv());
    String f = file.toString();
    Map<String, String> out = new TreeMap<>();
    for (String format : List.of("table", "json", "csv", "md", "html")) {
      out.put("analyze -f " + format, run("analyze", f, "-f", format));
    }
    Path dir = tmp.resolve("out");
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
    }
    run("analyze", f, "--output-dir", dir.toString());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        out.put("--output-dir " + p.getFileName(), Files.readString(p));
      }
    }
    out.put("validate", run("validate", f));
    out.put("validate -f json", run("validate", f, "-f", "json"));
    out.put("--check", run("analyze", f, "-f", "json", "--check", "team.mean >= 4",
        "--check", "team.n >= 7", "--check", "icc1 >= 0.05", "--check", "org.mean >= 4"));
    out.put("--screen", run("analyze", f, "--screen", "-f", "json"));
    return out;
  }

  private Map<String, String> trend(PrivacyData first, PrivacyData second) throws IOException {
    Path a = tmp.resolve("q1.csv");
    Path b = tmp.resolve("q2.csv");
    Files.writeString(a, first.csv());
    Files.writeString(b, second.csv());
    Map<String, String> out = new TreeMap<>();
    for (String format : List.of("table", "json", "csv", "html")) {
      out.put("trend -f " + format, run("trend", a.toString(), b.toString(), "-f", format));
    }
    out.put("analyze waves -f json", run("analyze", a.toString(), b.toString(), "-f", "json"));
    return out;
  }

  /** stdout, stderr and the exit code together: all of it is output. */
  private static String run(String... args) {
    Cli.Result r = Cli.run(args);
    return "exit " + r.code() + "\n" + r.out() + "\n--- stderr\n" + r.err();
  }

  /** The hidden teams of the JSON output, and "(no team)" when some people have none. */
  private static List<String> hiddenGroups(Map<String, String> outputs) throws IOException {
    String json = outputs.get("analyze -f json");
    JsonNode root = JSON.readTree(json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1));
    List<String> hidden = new ArrayList<>();
    for (JsonNode t : root.at("/scales/0/teams")) {
      if (t.get("suppressed").asBoolean()) {
        hidden.add(t.get("team").asText());
      }
    }
    if (json.contains("have no team")) {
      hidden.add("(no team)");
    }
    return hidden;
  }

  private static Person scoredMember(PrivacyData d, String group, Random r) {
    List<Person> members = d.people.stream().filter(p -> p.finished && p.scored()
        && (group.equals("(no team)") ? p.team == null : group.equals(p.team))).toList();
    return members.isEmpty() ? null : members.get(r.nextInt(members.size()));
  }

  private static void swap(PrivacyData d, String a, String b) {
    Person x = d.people.stream().filter(p -> p.id.equals(a)).findFirst().orElseThrow();
    Person y = d.people.stream().filter(p -> p.id.equals(b)).findFirst().orElseThrow();
    String t = x.team;
    x.team = y.team;
    y.team = t;
  }

  private static void assertSame(Map<String, String> before, Map<String, String> after,
      String what) {
    assertEquals(before.keySet(), after.keySet(), what);
    for (String k : before.keySet()) {
      assertEquals(before.get(k), after.get(k), what + " changed the output of " + k);
    }
    before.values().forEach(o -> assertFalse(o.contains("internal error"), o));
  }
}
