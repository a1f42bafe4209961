package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --check} gates end to end. Values cited come from the README's worked example
 * (examples/team-survey.csv: alpha 0.892, organisation mean 4.67, 102 respondents) and from
 * examples/waves (see TrendCommandTest for their R reference).
 */
class GatesTest {
  static final String SURVEY = "examples/team-survey.csv";
  static final String[] WAVES = {"examples/waves/2026-q1.csv", "examples/waves/2026-q2.csv",
      "examples/waves/2026-q3.csv"};
  /** Teams hidden in examples/team-survey.csv; never named with a value. */
  static final List<String> HIDDEN = List.of("Leadership Team", "Legal", "People & Culture");

  static Cli.Result analyze(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "analyze";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(all);
  }

  @Test
  void passingChecksExitZeroAndKeepTheReport() {
    Cli.Result r = analyze(SURVEY, "--check", "alpha >= 0.7", "--check", "respondents >= 50",
        "--check", "org.mean >= 4.5", "--check", "icc1 > 0", "--check", "team.n >= 5");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Cronbach's alpha"));
    assertEquals("", r.err());
  }

  @Test
  void everyFailingValueIsListedWithExitOne() {
    Cli.Result r = analyze(SURVEY, "-f", "json", "--check", "team.mean >= 4.5",
        "--check", "alpha >= 0.95", "--check", "respondents >= 200", "--check", "org.mean >= 5");
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().startsWith("{"), "the report is still written");
    String err = r.err();
    assertTrue(err.contains("check failed: team.mean >= 4.5: scale psych-safety, team Customer Support is 3.770"), err);
    assertTrue(err.contains("team Finance is 3.595"), err);
    assertTrue(err.contains("team Sales EMEA is 4.117"), err);
    assertTrue(err.contains("check failed: alpha >= 0.95: scale psych-safety is 0.892"), err);
    assertTrue(err.contains("check failed: respondents >= 200: scale psych-safety is 102"), err);
    assertTrue(err.contains("check failed: org.mean >= 5: scale psych-safety, organisation is 4.670"), err);
    assertEquals(6, err.lines().filter(l -> l.contains("check failed")).count(), err);
    assertTrue(err.contains("6 of 14 checked values failed 4 checks"), err);
  }

  @Test
  void hiddenTeamsAreNeverCheckedNorNamed() {
    Cli.Result r = analyze(SURVEY, "--check", "team.mean >= 7", "--check", "team.n >= 100");
    assertEquals(1, r.code(), r::toString);
    for (String hidden : HIDDEN) {
      assertFalse(r.err().contains(hidden), r.err());
    }
    // 11 reportable teams, each failing both checks
    assertEquals(22, r.err().lines().filter(l -> l.contains("check failed")).count());
  }

  @Test
  void changeChecksTestConsecutiveShownChanges() {
    String[] base = {"analyze", WAVES[0], WAVES[1], WAVES[2], "-f", "json"};
    Cli.Result fail = Cli.run(concat(base, "--check", "team.change >= -0.5"));
    assertEquals(1, fail.code(), fail::toString);
    assertTrue(fail.err().contains("team Marketing, 2026-q2 -> 2026-q3 is -0.883"), fail.err());
    assertTrue(fail.err().contains("team Sales EMEA, 2026-q1 -> 2026-q2 is -0.613"), fail.err());
    assertTrue(fail.err().contains("team Security, 2026-q2 -> 2026-q3 is -0.504"), fail.err());
    // Sales EMEA q1 -> q3 is -0.94 but first-to-last is not a consecutive change
    assertEquals(3, fail.err().lines().filter(l -> l.contains("check failed")).count(), fail.err());
    // Design (hidden in q2) and People & Culture (reportable in q2 only): nothing to test
    assertFalse(fail.err().contains("Design"), fail.err());
    assertFalse(fail.err().contains("People"), fail.err());
    Cli.Result pass = Cli.run(concat(base, "--check", "team.change >= -1",
        "--check", "org.change > -0.2", "--check", "alpha >= 0.8"));
    assertEquals(0, pass.code(), pass::toString);
    Cli.Result perWave = Cli.run(concat(base, "--check", "org.mean >= 4.7"));
    assertEquals(1, perWave.code());
    assertTrue(perWave.err().contains("wave 2026-q2, organisation is 4.631"), perWave.err());
    assertEquals(1, perWave.err().lines().filter(l -> l.contains("check failed")).count());
  }

  @Test
  void trendTakesChecksToo() {
    Cli.Result r = Cli.run("trend", WAVES[0], WAVES[1], WAVES[2], "--check", "org.change >= 0");
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("organisation, 2026-q1 -> 2026-q2 is -0.118"), r.err());
  }

  @Test
  void badChecksAreUsageErrors() {
    Cli.Result unknown = analyze(SURVEY, "--check", "alfa >= 0.7");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("valid metrics: alpha, omega, respondents, rows, icc1, icc2,"
        + " org.mean, org.favourable, org.change, team.mean, team.n, team.rwg, team.favourable,"
        + " team.change"), unknown.err());
    assertEquals("", unknown.out(), "nothing is computed");
    Cli.Result syntax = analyze(SURVEY, "--check", "alpha => 0.7");
    assertEquals(2, syntax.code());
    assertTrue(syntax.err().contains("expected METRIC OP NUMBER"), syntax.err());
    Cli.Result single = analyze(SURVEY, "--check", "team.change >= -0.5");
    assertEquals(2, single.code());
    assertTrue(single.err().contains("team.change compares waves"), single.err());
  }

  @Test
  void badInputStaysExitTwoWithChecks() {
    Cli.Result r = analyze("examples/nope.csv", "--check", "alpha >= 0.7");
    assertEquals(2, r.code(), r::toString);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
