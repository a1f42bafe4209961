package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsurvey instruments}, {@code show} and {@code check}, end to end. */
class InstrumentsCommandTest {
  @TempDir Path tmp;

  @Test
  void listsEveryBuiltInWithKindAndStatus() {
    Cli.Result r = Cli.run("instruments");
    assertEquals(0, r.code(), r::toString);
    for (String id : new String[] {"psych-safety", "team-learning", "leadership-behaviours",
        "shared-leadership", "team-climate"}) {
      assertTrue(r.out().contains(id), id);
    }
    String shared = r.out().lines().filter(l -> l.startsWith("shared-leadership")).findFirst()
        .orElseThrow();
    assertTrue(shared.contains("peer-rating") && shared.contains("validated"), shared);
    String template = r.out().lines().filter(l -> l.startsWith("leadership-behaviours"))
        .findFirst().orElseThrow();
    assertTrue(template.contains("unvalidated"), template);
  }

  @Test
  void showsItemsScalesAndCitation() {
    Cli.Result r = Cli.run("instruments", "show", "team-climate");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("TL2  R  This team tends to handle differences"), r.out());
    assertTrue(r.out().contains("freedom-to-lead: Freedom to Lead (unvalidated) (FTL1, FTL2, FTL3)"),
        r.out());
    assertTrue(r.out().contains("Administrative Science Quarterly"), r.out());
    assertTrue(r.out().contains("NOT VALIDATED"), r.out());
  }

  @Test
  void showUnknownIdIsAOneLineError() {
    Cli.Result r = Cli.run("instruments", "show", "nope");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("leadsurvey: unknown instrument 'nope'; built in: psych-safety,"),
        r.err());
  }

  @Test
  void checkAcceptsAGoodFile() throws IOException {
    Path f = tmp.resolve("pulse.yaml");
    Files.writeString(f, "id: pulse\nscale: {min: 1, max: 5}\nitems: [{id: Q1}, {id: Q2}]\n");
    Cli.Result r = Cli.run("instruments", "check", f.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(f + ": ok: pulse, self-report, 2 items, 1 scale (pulse), answers 1..5, not"
        + " validated", r.out().strip());
  }

  @Test
  void checkNamesFileAndLineOfTheMistake() throws IOException {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, "id: pulse\nscale: {min: 1, max: 5}\nitems:\n  - id: Q1\n  - id: Q1\n");
    Cli.Result r = Cli.run("instruments", "check", f.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals("leadsurvey: " + f + ":5: duplicate item id 'Q1' (first on line 4; column names"
        + " are matched ignoring case)", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void checkReadsStandardInput() {
    Cli.Result r = Cli.withStdin("id: x\nscale: {min: 1, max: 5}\nitems: [{id: A}, {id: a}]\n",
        "instruments", "check", "-");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("leadsurvey: <stdin>:3: duplicate item id 'a'"), r.err());
  }

  @Test
  void checkOfAMissingFile() {
    Cli.Result r = Cli.run("instruments", "check", tmp.resolve("none.yaml").toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("none.yaml: no such instrument file"), r.err());
  }

  @Test
  void analyzeWithAMalformedInstrumentFileNamesTheLine() throws IOException {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, "id: pulse\nscale: {min: 1, max: 5}\nitems: [{id: Q1}]\nreverse: [Q9]\n");
    Cli.Result r = Cli.run("analyze", AnalyzeCommandTest.ACME, "-i", f.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals("leadsurvey: " + f + ":4: 'reverse' names unknown item 'Q9'", r.err().strip());
  }

  @Test
  void analyzeRefusesAPeerRatingInstrument() {
    Cli.Result r = Cli.run("analyze", AnalyzeCommandTest.ACME, "-i", "shared-leadership");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("peer-rating instrument") && r.err().contains("leadsurvey network"),
        r.err());
  }

  @Test
  void everySurveyCommandRefusesAPeerRatingInstrument() {
    String[][] commands = {
        {"trend", AnalyzeCommandTest.ACME, AnalyzeCommandTest.ACME, "-i", "shared-leadership"},
        {"validate", AnalyzeCommandTest.ACME, "-i", "shared-leadership"}};
    for (String[] args : commands) {
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.err().contains("peer-rating instrument") && r.err().contains("leadsurvey network"),
          r.err());
    }
  }
}
