package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team, wave and person names are data: whatever they hold, no output runs it as a formula,
 * HTML or a terminal command, adds rows to a table, or grows without bound (issue 17).
 */
class HostileNamesTest {
  /** Names a spreadsheet would run as formulas. */
  static final List<String> FORMULAS = List.of("=1+1", "+1", "-2+3", "@SUM(A1)",
      "=HYPERLINK(\"http://x\",\"y\")");
  static final String ESC_TITLE = "\u001b]0;pwned\u0007";
  static final String HTML = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

  @TempDir Path tmp;

  /** Six people in each team, so that every team is reported. */
  static String survey(List<String> teams) {
    StringBuilder b = new StringBuilder("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    int id = 0;
    for (String team : teams) {
      String quoted = "\"" + team.replace("\"", "\"\"") + "\"";
      for (int i = 0; i < 6; i++) {
        int a = 1 + (i + id) % 7;
        b.append("r").append(id++).append(',').append(quoted);
        for (int k = 0; k < 7; k++) {
          b.append(',').append(1 + (a + k * i) % 7);
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  private Path file(String name, List<String> teams) throws IOException {
    return Files.writeString(tmp.resolve(name), survey(teams));
  }

  private static void noFormulaCells(String csv) {
    for (String line : csv.lines().toList()) {
      for (String cell : line.split(",", -1)) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(!c.isEmpty() && "=+@".indexOf(c.charAt(0)) >= 0
            || c.startsWith("-") && !c.matches("-[0-9.E]+"), () -> "formula cell " + cell
            + " in: " + line);
      }
    }
  }

  @Test
  void csvTextCellsThatAreFormulasAreNeutralisedButNumbersAreNot() throws IOException {
    Path f = file("s.csv", FORMULAS);
    Cli.Result r = Cli.run("analyze", f.toString(), "-f", "csv");
    assertEquals(0, r.code(), r::toString);
    noFormulaCells(r.out());
    assertTrue(r.out().contains(",'=1+1,"), r.out());
    assertTrue(r.out().contains(",'+1,"), r.out());
    assertTrue(r.out().contains(",'-2+3,"), r.out());
  }

  @Test
  void everyCsvFileOfOutputDirTrendAndBatchIsNeutralised() throws IOException {
    Path a = file("=cmd|' -C calc'!A0.csv", FORMULAS);
    Path b = file("+wave.csv", FORMULAS);
    Path od = tmp.resolve("od");
    Cli.Result r = Cli.run("analyze", a.toString(), b.toString(), "--output-dir", od.toString());
    assertEquals(0, r.code(), r::toString);
    Path batch = tmp.resolve("batch");
    Cli.Result rb = Cli.run("analyze", a.toString(), b.toString(), "--batch", "--output-dir",
        batch.toString());
    assertEquals(0, rb.code(), rb::toString);
    Cli.Result rt = Cli.run("trend", a.toString(), b.toString(), "-f", "csv");
    assertEquals(0, rt.code(), rt::toString);
    noFormulaCells(rt.out());
    try (Stream<Path> files = Stream.concat(Files.walk(od), Files.walk(batch))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        noFormulaCells(Files.readString(p));
      }
    }
    assertTrue(rt.out().contains(",'+wave,"), rt.out());
    assertTrue(Files.readString(od.resolve("trend.csv")).contains(",'+wave,"));
  }

  @Test
  void networkCsvNeutralisesTeamAndPersonNames() throws IOException {
    StringBuilder b = new StringBuilder("team,rater,ratee,rating\n");
    String[] people = {"=a", "+b", "@c", "-d", "e", "f"};
    for (String r : people) {
      for (String e : people) {
        if (!r.equals(e)) {
          b.append("=T,").append(r).append(',').append(e).append(",4\n");
        }
      }
    }
    Path f = Files.writeString(tmp.resolve("ratings.csv"), b);
    Cli.Result r = Cli.run("network", f.toString(), "-f", "csv", "--show-people");
    assertEquals(0, r.code(), r::toString);
    noFormulaCells(r.out());
  }

  @Test
  void markdownShowsHtmlAsTextAndNewlinesAddNoRows() throws IOException {
    Path f = file("s.csv", List.of(HTML, "two\nlines | x", "plain"));
    Cli.Result r = Cli.run("analyze", f.toString(), "-f", "md");
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.out().contains("<img"), r.out());
    assertFalse(r.out().contains("<script"), r.out());
    assertTrue(r.out().contains("&lt;img"), r.out());
    assertFalse(r.out().lines().anyMatch(l -> l.startsWith("lines")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("two\\nlines \\| x")), r.out());
    Cli.Result table = Cli.run("analyze", f.toString());
    assertFalse(table.out().lines().anyMatch(l -> l.startsWith("lines")), table.out());
    assertTrue(table.out().lines().anyMatch(l -> l.contains("two\\nlines | x")), table.out());
  }

  @Test
  void controlCharactersNeverReachAnyOutputRaw() throws IOException {
    Path f = file("s.csv", List.of(ESC_TITLE, "bell\u0007", "rtl\u202eelif.exe", "cr\rover"));
    for (String format : List.of("table", "md", "csv", "json", "html")) {
      Cli.Result r = Cli.run("analyze", f.toString(), "-f", format);
      assertEquals(0, r.code(), r::toString);
      assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'
          || c == 0x7f || c == 0x202e), format + ": " + r.out());
    }
    Cli.Result colour = Cli.run("", java.util.Map.of(), true, "analyze", f.toString());
    assertFalse(colour.out().contains("\u001b]"), colour.out());
    assertFalse(colour.out().contains("\u0007"), colour.out());
  }

  @Test
  void dotOutputEscapesControlCharactersAndNewlines() throws IOException {
    StringBuilder b = new StringBuilder("team,rater,ratee,rating\n");
    String[] people = {"a\u001b[2J", "b\nc", "d", "e", "f", "g"};
    for (String r : people) {
      for (String e : people) {
        if (!r.equals(e)) {
          b.append("\"T\u001b]0;x\u0007\",\"").append(r).append("\",\"").append(e)
              .append("\",4\n");
        }
      }
    }
    Path f = Files.writeString(tmp.resolve("ratings.csv"), b);
    Cli.Result r = Cli.run("network", f.toString(), "-f", "dot", "--show-people");
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), r.out());
  }

  @Test
  void longNamesAreTruncatedInTablesAndKeptWholeInCsvAndJson() throws IOException {
    String longName = "x".repeat(100_000);
    Path f = file("s.csv", List.of(longName, "short"));
    Cli.Result table = Cli.run("analyze", f.toString());
    assertEquals(0, table.code(), table::toString);
    assertTrue(table.out().length() < 20_000, () -> "table of " + table.out().length() + " chars");
    assertTrue(table.out().contains("x".repeat(20) + "…"), table.out());
    Cli.Result md = Cli.run("analyze", f.toString(), "-f", "md");
    assertTrue(md.out().length() < 20_000, () -> "markdown of " + md.out().length() + " chars");
    assertTrue(Cli.run("analyze", f.toString(), "-f", "csv").out().contains(longName));
    assertTrue(Cli.run("analyze", f.toString(), "-f", "json").out().contains(longName));
  }
}
