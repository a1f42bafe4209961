package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Habits people bring from csvkit, jq, ripgrep and git (issue 18), one test each. */
class HabitsTest {
  private static final String ACME = AnalyzeCommandTest.ACME;

  /** Runs with standard input a terminal (nothing piped in). */
  private static Cli.Result onTerminal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), Map.of(), false, true);
    return new Cli.Result(Main.run(args, ctx), out.toString(), err.toString());
  }

  @Test
  void withoutFileReadsWhatIsPipedIn() throws IOException {
    String csv = Files.readString(Path.of(ACME));
    for (String command : new String[] {"analyze", "validate"}) {
      Cli.Result piped = Cli.withStdin(csv, command, "-f", "json");
      Cli.Result dash = Cli.withStdin(csv, command, "-", "-f", "json");
      assertEquals(dash.code(), piped.code(), piped::toString);
      assertEquals(dash.out(), piped.out(), command + " with no FILE reads standard input");
      assertTrue(piped.out().contains("<stdin>"), piped::toString);
    }
    Cli.Result network = Cli.withStdin(Files.readString(Path.of(NetworkCommandTest.RATINGS)),
        "network", "-f", "json");
    assertEquals(Cli.withStdin(Files.readString(Path.of(NetworkCommandTest.RATINGS)),
        "network", "-", "-f", "json").out(), network.out(), network::toString);
  }

  @Test
  void withoutFileOnATerminalIsAUsageErrorNotAWait() {
    for (String command : new String[] {"analyze", "validate", "network"}) {
      Cli.Result r = onTerminal(command);
      assertEquals(2, r.code(), r::toString);
      assertEquals("", r.out());
      assertTrue(r.err().startsWith("leadsurvey: give FILE, or pipe the data in"), r::toString);
      assertTrue(r.err().contains("Try 'leadsurvey " + command + " --help'"), r::toString);
    }
  }

  @Test
  void colorAlwaysNeverOrAutoNextToNoColor() {
    String esc = "\u001b[";
    Map<String, String> noColor = Map.of("NO_COLOR", "1");
    assertFalse(Cli.run("", Map.of(), false, "analyze", ACME).out().contains(esc), "auto: a pipe");
    assertTrue(Cli.run("", Map.of(), true, "analyze", ACME).out().contains(esc), "auto: a terminal");
    assertFalse(Cli.run("", noColor, true, "analyze", ACME).out().contains(esc), "NO_COLOR");
    assertTrue(Cli.run("", Map.of(), false, "analyze", "--color=always", ACME).out().contains(esc));
    assertTrue(Cli.run("", noColor, true, "--color", "always", "analyze", ACME).out().contains(esc),
        "the option wins over NO_COLOR");
    assertFalse(Cli.run("", Map.of(), true, "analyze", ACME, "--color=never").out().contains(esc));
    assertTrue(Cli.run("", Map.of(), false, "--color=always", "analyze", "--help").out()
        .contains(esc), "help too");
    Cli.Result bad = Cli.run("analyze", ACME, "--color=sometimes");
    assertEquals(2, bad.code(), bad::toString);
    assertTrue(bad.err().contains("--color"), bad::toString);
  }

  @Test
  void colourIsLeftOffInTheClassicWindowsConsoleOnly() {
    assertTrue(Context.showsEscapes("Linux", Map.of()));
    assertTrue(Context.showsEscapes("Mac OS X", Map.of()));
    assertFalse(Context.showsEscapes("Windows 10", Map.of()), "cmd.exe prints escapes as text");
    assertTrue(Context.showsEscapes("Windows 11", Map.of("WT_SESSION", "x")), "Windows Terminal");
    assertTrue(Context.showsEscapes("Windows 10", Map.of("ConEmuANSI", "ON")));
    assertFalse(Context.showsEscapes("Windows 10", Map.of("ConEmuANSI", "OFF")));
    assertTrue(Context.showsEscapes("Windows 10", Map.of("TERM", "xterm-256color")), "mintty");
    assertTrue(Context.showsEscapes("Windows 10", Map.of("TERM_PROGRAM", "vscode")));
  }

  @Test
  void quietSilencesWarningsAndProgressNotErrors() {
    Cli.Result loud = Cli.run("analyze", ACME, "--min-group", "2");
    assertTrue(loud.err().contains("warning: --min-group 2"), loud::toString);
    for (String[] args : new String[][] {{"analyze", ACME, "--min-group", "2", "-q"},
        {"--quiet", "analyze", ACME, "--min-group", "2"}}) {
      Cli.Result r = Cli.run(args);
      assertEquals(0, r.code(), r::toString);
      assertEquals("", r.err(), r::toString);
      assertEquals(loud.out(), r.out(), "the output itself is the same");
    }
    Context terminal = new Context(InputStream.nullInputStream(), null, null,
        Map.of("LEADSURVEY_STDERR_TTY", "1"), true);
    assertTrue(terminal.progress() && terminal.progress(true), "progress on a terminal");
    Context quiet = terminal.with(Context.ColorMode.AUTO, true);
    assertFalse(quiet.progress() || quiet.progress(true), "but not with --quiet");
    Cli.Result error = Cli.run("-q", "analyze", "no-such-file.csv");
    assertEquals(2, error.code(), error::toString);
    assertTrue(error.err().contains("no-such-file.csv"), error::toString);
  }

  @Test
  void mistypedCommandsAndOptionsGetTheNearestName() {
    String[][] cases = {
        {"analize", "leadsurvey: 'analize' is not a leadsurvey command; did you mean analyze?"},
        {"valdiate", "leadsurvey: 'valdiate' is not a leadsurvey command; did you mean validate?"},
        {"hlep", "leadsurvey: 'hlep' is not a leadsurvey command; did you mean help?"},
        {"frobnicate", "leadsurvey: 'frobnicate' is not a leadsurvey command"},
        {"responses.csv", "leadsurvey: 'responses.csv' is not a leadsurvey command; did you"
            + " mean leadsurvey analyze responses.csv?"}};
    for (String[] c : cases) {
      Cli.Result r = Cli.run(c[0]);
      assertEquals(2, r.code(), r::toString);
      assertEquals(c[1], r.err().lines().findFirst().orElseThrow());
      assertTrue(r.err().contains("Try 'leadsurvey --help' for usage."), r::toString);
    }
    String[][] options = {
        {"--min-grp", "Unknown option: '--min-grp'; did you mean --min-group?"},
        {"--fromat=json", "Unknown option: '--fromat=json'; did you mean --format?"},
        {"--teem", "Unknown option: '--teem'; did you mean --team?"},
        {"-x", "Unknown option: '-x'"}};
    for (String[] c : options) {
      Cli.Result r = Cli.run("analyze", ACME, c[0]);
      assertEquals(2, r.code(), r::toString);
      assertEquals("leadsurvey: " + c[1], r.err().lines().findFirst().orElseThrow());
    }
    assertEquals(0, Suggestions.distance("fromat", "format") - 1, "a swap is one edit");
  }

  @Test
  void analyseIsAnAliasOfAnalyze() {
    Cli.Result british = Cli.run("analyse", ACME, "-f", "json");
    assertEquals(0, british.code(), british::toString);
    assertEquals(Cli.run("analyze", ACME, "-f", "json").out(), british.out());
    assertTrue(Cli.run("--help").out().contains("analyze, analyse"), "help names the alias");
  }

  @Test
  void invalidMissingReadsStrayCodesAsNoAnswerCountedPerColumn(@TempDir Path tmp)
      throws IOException {
    List<String> lines = Files.readAllLines(Path.of(ACME));
    List<String> stray = new java.util.ArrayList<>(lines);
    List<String> blank = new java.util.ArrayList<>(lines);
    // Data lines 2 and 4: their PS1 (column 3) becomes a stray code.
    for (int line : new int[] {1, 3}) {
      String[] cells = lines.get(line).split(",", -1);
      cells[2] = line == 1 ? "N/A" : "99";
      stray.set(line, String.join(",", cells));
      cells[2] = "";
      blank.set(line, String.join(",", cells));
    }
    Path strayFile = Files.write(tmp.resolve("stray.csv"), stray);
    Path blankFile = Files.write(tmp.resolve("blank.csv"), blank);

    Cli.Result error = Cli.run("analyze", strayFile.toString());
    assertEquals(2, error.code(), "the default is --invalid error: " + error);
    assertEquals(error.code(), Cli.run("analyze", strayFile.toString(), "--invalid", "error").code());

    Cli.Result missing = Cli.run("analyze", strayFile.toString(), "--invalid", "missing", "-f",
        "json");
    assertEquals(0, missing.code(), missing::toString);
    assertEquals(Cli.run("analyze", blankFile.toString(), "-f", "json").out()
        .replace("blank.csv", "stray.csv"), missing.out(), "the same as empty cells");
    assertEquals("leadsurvey: warning: " + strayFile + ": column 3 (PS1): 2 values"
        + " outside the scale 1..7 read as missing (--invalid missing)", missing.err().strip());

    Cli.Result validate = Cli.run("validate", strayFile.toString(), "--invalid", "missing");
    assertEquals(0, validate.code(), validate::toString);
    assertTrue(validate.out().contains("2 values outside the scale 1..7 read as missing"),
        validate::toString);
  }

  @Test
  void instrumentsAsJsonAndCsvForScripts() throws IOException {
    Cli.Result table = Cli.run("instruments");
    Cli.Result json = Cli.run("instruments", "--format", "json");
    Cli.Result csv = Cli.run("instruments", "-f", "csv");
    assertEquals(0, json.code(), json::toString);
    assertEquals(0, csv.code(), csv::toString);
    com.fasterxml.jackson.databind.JsonNode list =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    List<String> csvLines = csv.out().lines().toList();
    assertEquals("id,name,kind,validated,items,scales,answer_min,answer_max", csvLines.get(0));
    // Every instrument the table lists, in the same order, in both.
    List<String> ids = table.out().lines().skip(1).takeWhile(l -> !l.isBlank())
        .map(l -> l.split("\\s+")[0]).toList();
    assertTrue(ids.contains("psych-safety"), ids::toString);
    assertEquals(ids.size(), list.size());
    assertEquals(ids.size(), csvLines.size() - 1);
    for (int k = 0; k < ids.size(); k++) {
      assertEquals(ids.get(k), list.get(k).get("id").asText());
      assertTrue(csvLines.get(k + 1).startsWith(ids.get(k) + ","), csvLines.get(k + 1));
    }
    com.fasterxml.jackson.databind.JsonNode ps = list.get(ids.indexOf("psych-safety"));
    assertEquals(7, ps.get("items").asInt());
    assertTrue(ps.get("validated").asBoolean());
    assertEquals(1, ps.get("answerMin").asInt());
    assertEquals(7, ps.get("answerMax").asInt());
  }
}
