package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadsurvey.cli.PrivacyData.Person;

/**
 * The disclosure rules, each tried as an attacker would: tiny files, rarely answered items, and
 * every pair of runs whose options leave people out or bring them in, checked by a linear
 * attack over everything those runs publish together.
 */
class PrivacyRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int K = 5;

  @TempDir Path tmp;

  static Stream<Integer> tinyFiles() {
    return Stream.of(1, 2, 3, 4);
  }

  @ParameterizedTest(name = "{0} respondents")
  @MethodSource("tinyFiles")
  void aFileOfFewerThanTheMinimumPublishesNothingAboutThem(int n) throws IOException {
    // The same people, answering anything (or skipping): no output may change.
    Map<String, String> first = null;
    Random r = new Random(n);
    for (int version = 0; version < 4; version++) {
      StringBuilder csv = new StringBuilder(PrivacyData.HEADER);
      for (int i = 0; i < n; i++) {
        csv.append("r").append(i).append(",team-a,1");
        for (int item = 0; item < PrivacyData.ITEMS; item++) {
          int a = r.nextInt(8); // 0: no answer
          csv.append(',').append(a == 0 ? "" : Integer.toString(a));
        }
        csv.append('\n');
      }
      Map<String, String> outputs = outputs(csv.toString());
      if (first == null) {
        first = outputs;
        assertTrue(first.get("json").contains("\"respondents\" : null")
            || first.get("json").contains("\"respondents\": null"), first.get("json"));
      } else {
        for (String key : first.keySet()) {
          assertEquals(first.get(key), outputs.get(key), "answers of " + n
              + " people changed the output of " + key);
        }
      }
    }
  }

  @Test
  void anItemAnsweredByFewerThanTheMinimumHasNoPublishedFigure() throws IOException {
    PrivacyData d = PrivacyData.random(11, 0);
    int answeredPs7 = 0;
    for (Person p : d.people) {
      if (answeredPs7 < 3 && p.answers[6] == 0) {
        p.answers[6] = 7;
      }
      if (p.answers[6] != 0) {
        answeredPs7++;
        if (answeredPs7 > 3) {
          p.answers[6] = 0;
        }
      }
    }
    Path f = tmp.resolve("rare.csv");
    Files.writeString(f, d.csv());
    JsonNode s = json(Cli.run("analyze", f.toString(), "-f", "json")).at("/scales/0");
    JsonNode ps7 = s.at("/itemStats/6");
    assertEquals("PS7", ps7.get("item").asText());
    assertTrue(ps7.get("suppressed").asBoolean(), ps7::toString);
    assertFalse(ps7.has("n") || ps7.has("mean") || ps7.has("sd"), ps7::toString);
    assertTrue(s.get("warnings").toString().contains("PS7 was answered by fewer than 5"),
        s::toString);
    // No frequency bar, item row or CSV row for it either.
    String html = Cli.run("analyze", f.toString(), "-f", "html").out();
    assertTrue(html.contains("<g class=\"item-bar\"><title>PS6"), "PS6 has a bar");
    assertFalse(html.contains("<g class=\"item-bar\"><title>PS7"), "no PS7 bar");
    Path dir = tmp.resolve("out");
    Cli.run("analyze", f.toString(), "--output-dir", dir.toString());
    assertFalse(Files.readString(dir.resolve("items.csv")).contains("PS7"));
    String table = Cli.run("analyze", f.toString()).out();
    assertFalse(table.lines().anyMatch(l -> l.strip().startsWith("PS7")), table);
  }

  /** Runs that leave people out or bring them in, and who each one counts. */
  private record Variant(String name, List<String> options, Predicate<Person> counts) {}

  private static final List<Variant> MEMBERSHIP_KNOWN = List.of(
      new Variant("default", List.of(), p -> p.finished && p.scored()),
      new Variant("listwise", List.of("--missing", "listwise"), p -> p.finished && p.complete()),
      new Variant("unfinished", List.of("--include-unfinished"), Person::scored),
      new Variant("listwise+unfinished", List.of("--missing", "listwise",
          "--include-unfinished"), Person::complete));

  static Stream<Long> seeds() {
    return Stream.of(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L);
  }

  /**
   * The linear attack: every total the runs publish (organisation and shown teams, in every
   * run) is a sum over a known set of people; whoever holds all of them may add and subtract.
   * No single person, and no hidden team, may be such a combination.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noPersonOrHiddenTeamIsALinearCombinationOfWhatTheRunsPublish(long seed)
      throws IOException {
    PrivacyData d = PrivacyData.random(seed, 1 + (int) (seed % 3));
    Path f = tmp.resolve("s" + seed + ".csv");
    Files.writeString(f, d.csv());
    LinearAttack attack = new LinearAttack(d.people.size());
    List<String> hiddenByDefault = new ArrayList<>();
    for (Variant v : MEMBERSHIP_KNOWN) {
      List<String> args = new ArrayList<>(List.of("analyze", f.toString(), "-f", "json"));
      args.addAll(v.options());
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r::toString);
      JsonNode s = json(r).at("/scales/0");
      if (!s.get("organisation").isNull()) {
        attack.publish(members(d, v, null, true), s.at("/organisation/n").asLong(), v.name());
      }
      for (JsonNode t : s.get("teams")) {
        String team = t.get("team").asText();
        if (t.get("suppressed").asBoolean()) {
          if (v.name().equals("default")) {
            hiddenByDefault.add(team);
          }
          continue;
        }
        attack.publish(members(d, v, team, false), t.get("n").asLong(), v.name() + " " + team);
      }
    }
    for (int i = 0; i < d.people.size(); i++) {
      boolean[] one = new boolean[d.people.size()];
      one[i] = true;
      assertFalse(attack.recovers(one), "person " + d.people.get(i).id + " ("
          + d.people.get(i).team + ") is recoverable from " + attack.published());
    }
    Variant def = MEMBERSHIP_KNOWN.get(0);
    for (String team : hiddenByDefault) {
      boolean[] set = members(d, def, team, false);
      assertFalse(attack.recovers(set), "hidden " + team + " is recoverable");
    }
  }

  /**
   * Option pairs with screening too (whose flags the test cannot work out): a group shown in
   * both runs has the same number of people in both, or numbers that differ by at least the
   * minimum group size.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void optionPairsNeverDifferByFewerThanTheMinimumInAShownGroup(long seed) throws IOException {
    PrivacyData d = PrivacyData.random(seed, 1);
    // A few careless respondents: the same answer to every item.
    Random r = new Random(seed);
    for (int i = 0; i < 2; i++) {
      java.util.Arrays.fill(d.people.get(r.nextInt(d.people.size())).answers, 4);
    }
    Path f = tmp.resolve("p" + seed + ".csv");
    Files.writeString(f, d.csv());
    List<List<String>> options = List.of(List.of(), List.of("--screen"),
        List.of("--exclude-flagged"), List.of("--missing", "listwise"),
        List.of("--exclude-flagged", "--missing", "listwise"), List.of("--include-unfinished"),
        List.of("--exclude-flagged", "--include-unfinished"));
    List<Map<String, Long>> shown = new ArrayList<>();
    for (List<String> o : options) {
      List<String> args = new ArrayList<>(List.of("analyze", f.toString(), "-f", "json"));
      args.addAll(o);
      Cli.Result run = Cli.run(args.toArray(String[]::new));
      assertEquals(0, run.code(), run::toString);
      JsonNode s = json(run).at("/scales/0");
      Map<String, Long> n = new LinkedHashMap<>();
      if (!s.get("organisation").isNull()) {
        n.put("(organisation)", s.at("/organisation/n").asLong());
      }
      for (JsonNode t : s.get("teams")) {
        if (!t.get("suppressed").asBoolean()) {
          n.put(t.get("team").asText(), t.get("n").asLong());
        }
      }
      shown.add(n);
    }
    for (int a = 0; a < options.size(); a++) {
      for (int b = a + 1; b < options.size(); b++) {
        for (Map.Entry<String, Long> e : shown.get(a).entrySet()) {
          Long other = shown.get(b).get(e.getKey());
          if (other != null) {
            long diff = Math.abs(other - e.getValue());
            assertFalse(diff > 0 && diff < K, e.getKey() + " has " + e.getValue() + " people with "
                + options.get(a) + " and " + other + " with " + options.get(b));
          }
        }
      }
    }
  }

  @Test
  void aFileOfSeveralWavesIsRefusedUnlessSplitByWave() throws IOException {
    // Pooled waves would count each person once per wave: teams of 2 would show as teams of 6.
    Path f = tmp.resolve("waves.csv");
    assertEquals(0, Cli.run("simulate", "-n", "60", "--teams", "8", "--waves", "3", "--seed",
        "1", "-o", f.toString()).code());
    Cli.Result pooled = Cli.run("analyze", f.toString());
    assertEquals(2, pooled.code(), pooled::toString);
    assertTrue(pooled.err().contains("respondent id \"R0001\" repeats line 2"), pooled::toString);
    assertTrue(pooled.err().contains("--wave"), pooled::toString);
    assertEquals("", pooled.out());
    assertEquals(0, Cli.run("analyze", f.toString(), "--wave", "wave").code());
  }

  @Test
  void excludeFlaggedTakesOnlyTheStandardCutOffs() throws IOException {
    Path f = tmp.resolve("s.csv");
    Files.writeString(f, PrivacyData.random(3, 0).csv());
    Cli.Result r = Cli.run("analyze", f.toString(), "--exclude-flagged", "--irv-min", "0.7");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("leadsurvey: --exclude-flagged works with the standard cut-offs"
        + " only"), r::toString);
    assertEquals(0, Cli.run("analyze", f.toString(), "--screen", "--irv-min", "0.7").code());
  }

  private static boolean[] members(PrivacyData d, Variant v, String team, boolean everyone) {
    boolean[] in = new boolean[d.people.size()];
    for (int i = 0; i < in.length; i++) {
      Person p = d.people.get(i);
      in[i] = v.counts().test(p) && (everyone || team.equals(p.team));
    }
    return in;
  }

  private Map<String, String> outputs(String csv) throws IOException {
    Path f = tmp.resolve("tiny.csv");
    Files.writeString(f, csv);
    Map<String, String> out = new LinkedHashMap<>();
    for (String format : List.of("table", "json", "csv", "md", "html")) {
      Cli.Result r = Cli.run("analyze", f.toString(), "-f", format);
      out.put(format, r.code() + r.out() + r.err());
    }
    Cli.Result v = Cli.run("validate", f.toString(), "-f", "json");
    out.put("validate", v.code() + v.out());
    return out;
  }

  private static JsonNode json(Cli.Result r) throws IOException {
    JsonNode n = JSON.readTree(r.out());
    assertNotNull(n, r::toString);
    return n;
  }
}
