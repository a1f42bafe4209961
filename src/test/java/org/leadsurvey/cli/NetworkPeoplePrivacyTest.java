package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network --show-people} never lets one rater's rating be read off: the --min-raters
 * rule, its complementary suppression (the team's density minus the shown people's sums), the
 * centralization that would give a withheld person's in-degree, and invariance: changing the
 * ratings inside the withheld part (keeping the team's totals) changes no byte of any format.
 */
class NetworkPeoplePrivacyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FORMATS = List.of("table", "json", "csv", "md", "html", "dot");

  @TempDir Path tmp;

  /**
   * Team T of seven, two criteria (Alpha, Beta): P1..P5 rate everyone; P6 and P7 rate P1..P5
   * only, and each of P6, P7 is rated by one teammate only (P1 rates P6, P2 rates P7). P2..P5
   * are rated high, so the highest in-degree and in-strength are shown people's.
   */
  static Map<String, double[]> team() {
    Map<String, double[]> r = new LinkedHashMap<>(); // "rater>ratee" -> {alpha, beta}
    String[] p = {"P1", "P2", "P3", "P4", "P5", "P6", "P7"};
    for (int i = 0; i < 7; i++) {
      for (int j = 0; j < 5; j++) {
        if (i != j) {
          double v = j == 0 ? 3 : 4 + (i + j) % 2; // P1 gets 3s, P2..P5 get 4s and 5s
          r.put(p[i] + ">" + p[j], new double[] {v, j == 0 ? 2 : v - (i % 2)});
        }
      }
    }
    r.put("P1>P6", new double[] {2, 1});
    r.put("P2>P7", new double[] {1, 3});
    return r;
  }

  Path write(String name, Map<String, double[]> ratings) throws IOException {
    StringBuilder csv = new StringBuilder("team,rater,ratee,criterion,rating\n");
    ratings.forEach((dyad, v) -> {
      String[] ab = dyad.split(">");
      csv.append("T,").append(ab[0]).append(',').append(ab[1]).append(",Alpha,")
          .append((int) v[0]).append('\n');
      csv.append("T,").append(ab[0]).append(',').append(ab[1]).append(",Beta,")
          .append((int) v[1]).append('\n');
    });
    Path f = tmp.resolve(name);
    Files.writeString(f, csv);
    return f;
  }

  Map<String, String> outputs(Path file, String... extra) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : FORMATS) {
      String[] args = new String[4 + extra.length];
      args[0] = "network";
      args[1] = file.toString();
      args[2] = "-f";
      args[3] = f;
      System.arraycopy(extra, 0, args, 4, extra.length);
      Cli.Result r = Cli.run(args);
      assertEquals(0, r.code(), r::toString);
      out.put(f, r.out().replace(file.toString(), "FILE"));
    }
    return out;
  }

  @Test
  void fewerThanMinRatersIsWithheldAndOneMoreSoThatTheSumIsNotGivenAway() throws IOException {
    JsonNode root = JSON.readTree(Cli.run("network", write("t.csv", team()).toString(),
        "--show-people", "-f", "json").out());
    Map<String, JsonNode> alpha = new LinkedHashMap<>();
    root.get("people").forEach(p -> alpha.put(p.get("person").asText(),
        p.get("criteria").get(0)));
    assertEquals(1, alpha.get("P6").get("raters").asInt());
    assertFalse(alpha.get("P6").has("mean"));
    assertFalse(alpha.get("P7").has("mean"));
    // P6 and P7 together: 2 ratings < 3, so P1 (6 raters, the fewest shown, first by name) too
    assertFalse(alpha.get("P1").has("mean"));
    for (String shown : List.of("P2", "P3", "P4", "P5")) {
      assertTrue(alpha.get(shown).has("mean"), shown);
    }
    // what a reader can subtract: the team's ratings minus the shown people's
    JsonNode a = root.get("teams").get(0).get("criteria").get(0);
    long shownRatings = 0;
    for (String s : List.of("P2", "P3", "P4", "P5")) {
      shownRatings += alpha.get(s).get("raters").asLong();
    }
    long rest = a.get("observedDyads").asLong() - shownRatings;
    assertTrue(rest == 0 || rest >= 3, "withheld ratings " + rest);
  }

  @Test
  void changingRatingsInsideTheWithheldPartChangesNoByte() throws IOException {
    Map<String, double[]> before = team();
    Map<String, double[]> after = team();
    // rotate three withheld dyads' ratings (both criteria together): the team's sums, ties
    // and pairs of ratings stay, but what P1, P6 and P7 each received changes
    after.put("P1>P6", before.get("P2>P7"));
    after.put("P2>P7", before.get("P3>P1"));
    after.put("P3>P1", before.get("P1>P6"));
    assertEquals(outputs(write("before.csv", before), "--show-people"),
        outputs(write("after.csv", after), "--show-people"));
    // the same change is visible when nobody is withheld: the test can see a difference
    assertNotEquals(outputs(write("before1.csv", before), "--show-people", "--min-raters", "1"),
        outputs(write("after1.csv", after), "--show-people", "--min-raters", "1"));
  }

  @Test
  void centralizationThatWouldGiveAWithheldInDegreeIsWithheld() throws IOException {
    // Q1..Q5 rate each other 1 (no ties); Q6 is rated 5 by Q1 and Q2 only: in-degree 2 with two
    // raters. The binary centralization (n max - ties)/(n-1)^2 would give max = 2, hence both
    // ratings: it is withheld, for every run (with or without --show-people).
    StringBuilder csv = new StringBuilder("team,rater,ratee,rating\n");
    for (int i = 1; i <= 5; i++) {
      for (int j = 1; j <= 5; j++) {
        if (i != j) {
          csv.append("T,Q").append(i).append(",Q").append(j).append(",1\n");
        }
      }
    }
    csv.append("T,Q1,Q6,5\nT,Q2,Q6,5\n");
    Path f = tmp.resolve("star.csv");
    Files.writeString(f, csv);
    for (boolean people : new boolean[] {false, true}) {
      Cli.Result r = people ? Cli.run("network", f.toString(), "-f", "json", "--show-people")
          : Cli.run("network", f.toString(), "-f", "json");
      JsonNode t = JSON.readTree(r.out()).get("teams").get(0);
      assertTrue(t.get("centralization").isNull(), r.out());
      assertTrue(t.get("valuedCentralization").isNull(), r.out());
    }
    Cli.Result table = Cli.run("network", f.toString());
    assertTrue(table.out().contains("centralization figure(s) withheld"), table.out());
  }

  @Test
  void minRatersBelowThreeWorksButWarns() throws IOException {
    Path f = write("t.csv", team());
    Cli.Result two = Cli.run("network", f.toString(), "--show-people", "--min-raters", "2");
    assertEquals(0, two.code(), two::toString);
    assertTrue(two.err().contains("--min-raters 2"), two.err());
    Cli.Result zero = Cli.run("network", f.toString(), "--min-raters", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--min-raters must be at least 1"), zero.err());
    assertEquals("", Cli.run("network", f.toString(), "--min-raters", "4").err());
  }
}
