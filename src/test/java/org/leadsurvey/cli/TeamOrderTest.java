package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teams are shown in the locale's collation (issue 18): "Équipe" after "Design", not after
 * "Plain" as by code point, numbers by value, and the same order in every format.
 */
class TeamOrderTest {
  private static final List<String> TEAMS = List.of("Plain", "Équipe", "Design", "team-10",
      "team-2", "设计部", "🚀 Rocket", "開発チーム", "apple", "équipe");
  /** English collation; the root locale's (what LANG=C gives Java: en) is the same. */
  private static final List<String> ENGLISH = List.of("apple", "Design", "équipe", "Équipe",
      "Plain", "team-2", "team-10", "设计部", "開発チーム", "🚀 Rocket");

  @TempDir Path dir;
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private Path survey(List<String> teams) throws IOException {
    return Files.writeString(dir.resolve("teams.csv"), HostileNamesTest.survey(teams));
  }

  @Test
  void everyFormatShowsTeamsInTheLocalesCollation() throws IOException {
    Locale.setDefault(Locale.US);
    String in = survey(TEAMS).toString();
    assertEquals(ENGLISH, terminal(in));
    assertEquals(ENGLISH, markdown(in));
    assertEquals(ENGLISH, html(in));
    assertEquals(ENGLISH, json(in));
    assertEquals(ENGLISH, csv(in));
    assertEquals(ENGLISH, xlsx(in));
    Locale.setDefault(Locale.ROOT);
    assertEquals(ENGLISH, json(in));
  }

  @Test
  void theLocaleDecidesAndTheOutputIsTheSameAtEveryRun() throws IOException {
    String in = survey(List.of("Zeta", "Ärger", "Apfel", "Ost", "Öl")).toString();
    Locale.setDefault(Locale.GERMANY); // umlauts sort with their base letter
    assertEquals(List.of("Apfel", "Ärger", "Öl", "Ost", "Zeta"), json(in));
    Locale.setDefault(Locale.forLanguageTag("sv-SE")); // ... and after Z in Swedish
    assertEquals(List.of("Apfel", "Ost", "Zeta", "Ärger", "Öl"), json(in));
    Cli.Result first = Cli.run("analyze", in);
    for (int run = 0; run < 3; run++) {
      assertEquals(first.out(), Cli.run("analyze", in).out());
    }
  }

  @Test
  void namesTheCollatorCallsEqualAreOrderedByTheirCharacters() throws IOException {
    Locale.setDefault(Locale.US);
    // É precomposed and as E + U+0301 are one name to the collator: the raw string decides.
    String decomposed = "E\u0301quipe";
    String in = survey(List.of(decomposed, "Équipe", "Design")).toString();
    List<String> expected = List.of("Design", decomposed, "Équipe");
    assertEquals(expected, json(in));
    assertEquals(expected, csv(in));
  }

  @Test
  void groupsOfByFollowTheCollationToo() throws IOException {
    Locale.setDefault(Locale.US);
    StringBuilder b = new StringBuilder("respondent,team,site,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    int id = 0;
    for (String site : List.of("Plain", "Équipe", "Design")) {
      for (String team : List.of("A", "B")) {
        for (int i = 0; i < 6; i++) {
          b.append("r").append(++id).append(',').append(team).append(',').append(site)
              .append(",3,4,5,2,6,4,").append(1 + id % 7).append('\n');
        }
      }
    }
    String in = Files.writeString(dir.resolve("sites.csv"), b.toString()).toString();
    JsonNode groups = new ObjectMapper().readTree(ok(Cli.run("analyze", in, "--by", "site",
        "-f", "json"))).get("scales").get(0).get("cuts").get(0).get("groups");
    List<String> order = new ArrayList<>();
    groups.forEach(g -> order.add(g.get("group").asText()));
    assertEquals(List.of("Design", "Équipe", "Plain"), order);
  }

  @Test
  void hidingDoesNotDependOnTheLocale() throws IOException {
    // A team of 3 is hidden, and one more to cover it: the tie between Öl and Ost (6 each)
    // is broken the same way in German (Öl first) and Swedish (Ost first) collation.
    StringBuilder b = new StringBuilder("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    String[][] teams = {{"Ärger", "3"}, {"Öl", "6"}, {"Ost", "6"}, {"Zeta", "7"}};
    int id = 0;
    for (String[] t : teams) {
      for (int i = 0; i < Integer.parseInt(t[1]); i++) {
        b.append("r").append(++id).append(',').append(t[0]).append(",3,4,5,2,6,4,")
            .append(1 + id % 7).append('\n');
      }
    }
    String in = Files.writeString(dir.resolve("small.csv"), b.toString()).toString();
    Locale.setDefault(Locale.GERMANY);
    List<String> german = csvRows(in).stream().sorted().toList();
    assertEquals(2, german.stream().filter(row -> row.contains(",true,")).count(), german::toString);
    Locale.setDefault(Locale.forLanguageTag("sv-SE"));
    assertEquals(german, csvRows(in).stream().sorted().toList());
  }

  private List<String> csvRows(String in) throws IOException {
    Path out = dir.resolve("rows-" + System.nanoTime());
    assertEquals(0, Cli.run("analyze", in, "-f", "csv", "--output-dir", out.toString())
        .code());
    return Files.readAllLines(out.resolve("teams.csv"));
  }

  private static List<String> matches(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String ok(Cli.Result r) {
    assertEquals(0, r.code(), r::toString);
    return r.out();
  }

  private static List<String> terminal(String in) {
    String out = ok(Cli.run("analyze", in));
    String teams = out.substring(out.indexOf("  Organisation"));
    teams = teams.substring(teams.indexOf('\n') + 1, teams.indexOf("\n\n"));
    return matches(teams, "^  (.+?) {2,}\\d");
  }

  private static List<String> markdown(String in) {
    String out = ok(Cli.run("analyze", in, "-f", "md"));
    return matches(out.substring(out.indexOf("| Organisation")), "^\\| ([^|]+?) \\| 6 \\|");
  }

  private static List<String> html(String in) {
    return matches(ok(Cli.run("analyze", in, "-f", "html")), "<tr class=\"team\"><td>(.*?)</td>");
  }

  private static List<String> json(String in) throws IOException {
    JsonNode teams = new ObjectMapper().readTree(ok(Cli.run("analyze", in, "-f", "json")))
        .get("scales").get(0).get("teams");
    List<String> out = new ArrayList<>();
    teams.forEach(t -> out.add(t.get("team").asText()));
    return out;
  }

  private List<String> csv(String in) throws IOException {
    Path out = dir.resolve("csv-" + System.nanoTime());
    ok(Cli.run("analyze", in, "-f", "csv", "--output-dir", out.toString()));
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(out.resolve(
        "teams.csv"))) {
      return r.stream().filter(row -> row.getField("level").equals("team"))
          .map(row -> row.getField("team")).toList();
    }
  }

  private List<String> xlsx(String in) throws IOException {
    Path out = dir.resolve("report.xlsx");
    ok(Cli.run("analyze", in, "-f", "xlsx", "-o", out.toString()));
    List<String> names = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
      for (Row row : wb.findSheet("teams").orElseThrow().read()) {
        if (row.getRowNum() > 1 && row.getCellText(1).equals("team")) {
          names.add(row.getCellText(2));
        }
      }
    }
    return names;
  }

  @Test
  void networkShowsTeamsInTheLocalesCollationInBothScopes() throws IOException {
    Locale.setDefault(Locale.US);
    List<String> teams = List.of("Plain", "Équipe", "Design");
    StringBuilder ratings = new StringBuilder("team,rater,ratee,rating\n");
    StringBuilder roster = new StringBuilder("team,person\n");
    StringBuilder nominations = new StringBuilder("person,advisor\n");
    for (int t = 0; t < teams.size(); t++) {
      for (int i = 0; i < 5; i++) {
        roster.append(teams.get(t)).append(",p").append(t).append(i).append('\n');
        nominations.append('p').append(t).append(i).append(",p").append(t).append((i + 1) % 5)
            .append('\n');
        for (int j = 0; j < 5; j++) {
          if (i != j) {
            ratings.append(teams.get(t)).append(",p").append(t).append(i).append(",p")
                .append(t).append(j).append(',').append(1 + (i + j) % 5).append('\n');
          }
        }
      }
    }
    Path r = Files.writeString(dir.resolve("ratings.csv"), ratings);
    Path ro = Files.writeString(dir.resolve("roster.csv"), roster);
    Path n = Files.writeString(dir.resolve("nominations.csv"), nominations);
    List<String> english = List.of("Design", "Équipe", "Plain");
    assertEquals(english, teamNames(ok(Cli.run("network", r.toString(), "-f", "json"))));
    assertEquals(english, teamNames(ok(Cli.run("network", n.toString(), "--scope",
        "organisation", "--roster", ro.toString(), "-f", "json"))));
  }

  private static List<String> teamNames(String json) throws IOException {
    List<String> out = new ArrayList<>();
    new ObjectMapper().readTree(json).get("teams").forEach(t -> out.add(t.get("team").asText()));
    return out;
  }
}
