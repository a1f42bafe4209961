package org.leadsurvey.report;

import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.TestText;
import static org.leadsurvey.TestText.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NamedAccumulator;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/**
 * The HTML report of several waves without a browser: escaping, privacy (hidden teams and
 * withheld changes carry no numbers) and the number of marks of the trend and change charts.
 * The data are synthetic (seeded), three waves of the psych-safety scale: five teams reported
 * throughout (one named {@code <script>alert(1)</script>}), one always below the minimum group
 * size, one that shrinks below it in the last wave, one that joins in the second wave; the
 * smallest reported teams are hidden too in some waves (complementary suppression). What
 * the charts must show is taken from the stats objects ({@link ScaleTrend}), not the renderer.
 */
class TrendHtmlTest {
  static final String SCRIPT_TEAM = "<script>alert(1)</script>";
  static final String ALWAYS_HIDDEN = "Small & \"<b>co</b>\"";
  static final String SHRINKING = "Shrinking <i>team</i>";
  static final String NEWCOMER = "Newcomer";
  static final List<String> WAVES = List.of("2026-q1", "2026 <q2>", "2026-q3");

  static TrendReport report;
  static String analyzePage;
  static String trendPage;

  @BeforeAll
  static void render() throws Exception {
    Instrument instrument = InstrumentCatalogue.builtIn("psych-safety");
    Scale scale = instrument.scales().get(0);
    Random random = new Random(20260101);
    List<WaveReport> waves = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      Map<String, Integer> sizes = new LinkedHashMap<>();
      sizes.put("Platform", 13);
      sizes.put("Sales", 10);
      sizes.put("Support", 12);
      sizes.put("Legal", 6);
      sizes.put(SCRIPT_TEAM, 11);
      sizes.put(ALWAYS_HIDDEN, 3);
      sizes.put(SHRINKING, w < 2 ? 9 : 2);
      if (w > 0) {
        sizes.put(NEWCOMER, 8);
      }
      NamedAccumulator acc = new NamedAccumulator(scale.itemIds(), 1, 7, MissingPolicy.PAIRWISE);
      long rows = 0;
      int t = 0;
      for (Map.Entry<String, Integer> e : sizes.entrySet()) {
        // team level 3.5..5.5, drifting up for even teams and down for odd ones across waves
        double level = 3.5 + (t % 5) * 0.5 + (t % 2 == 0 ? 0.4 : -0.3) * w;
        for (int p = 0; p < e.getValue(); p++) {
          double person = level + random.nextGaussian() * 0.7;
          double[] keyed = new double[scale.itemIds().size()];
          for (int i = 0; i < keyed.length; i++) {
            keyed[i] = Math.max(1, Math.min(7, Math.round(person + random.nextGaussian() * 0.8)));
          }
          acc.add(e.getKey(), keyed);
          rows++;
        }
        t++;
      }
      List<ScaleReport> scales = List.of(new ScaleReport(scale, Disclosure.publish(acc.statistics(5, true), 5)));
      waves.add(new WaveReport(WAVES.get(w), new AnalysisReport("test",
          List.of("wave " + w + " <file>.csv"), rows, instrument, 5, scales)));
    }
    report = TrendReport.of("test", instrument, 5, waves);
    analyzePage = render(true);
    trendPage = render(false);
  }

  private static String render(boolean withWaveScales) throws java.io.IOException {
    StringWriter out = new StringWriter();
    Renderers.writeWaves(report, ReportFormat.HTML, false, withWaveScales, new PrintWriter(out));
    return out.toString();
  }

  private static ScaleTrend trend() {
    return report.trends().get(0).trend();
  }

  private static boolean reportedIn(ScaleTrend.GroupTrend g, int wave) {
    return g.scores().get(wave).status() == ScaleTrend.Status.REPORTED;
  }

  /** The page between the first occurrence of {@code from} and the next {@code to}. */
  private static String between(String page, String from, String to) {
    int a = page.indexOf(from);
    assertTrue(a >= 0, from);
    int b = page.indexOf(to, a);
    assertTrue(b >= 0, to);
    return page.substring(a, b);
  }

  @Test
  void theFixtureHasTheIntendedPrivacyCases() {
    ScaleTrend t = trend();
    Map<String, ScaleTrend.GroupTrend> byName = new LinkedHashMap<>();
    t.teams().forEach(g -> byName.put(g.group(), g));
    for (int w = 0; w < 3; w++) {
      assertFalse(reportedIn(byName.get(ALWAYS_HIDDEN), w), "3 people: hidden in every wave");
    }
    assertTrue(reportedIn(byName.get(SHRINKING), 0) || reportedIn(byName.get(SHRINKING), 1));
    assertFalse(reportedIn(byName.get(SHRINKING), 2), "2 people in the last wave");
    assertEquals(ScaleTrend.Status.ABSENT, byName.get(NEWCOMER).scores().get(0).status());
    assertTrue(reportedIn(byName.get(SCRIPT_TEAM), 0) && reportedIn(byName.get(SCRIPT_TEAM), 2));
  }

  @Test
  void oneTrendPointPerWaveAndOneChangeIntervalPerTeamShownInBothWaves() {
    ScaleTrend t = trend();
    long shown = t.teams().stream().filter(g -> reportedIn(g, 0) && reportedIn(g, 2)).count();
    assertTrue(shown >= 4, "most of the steady teams are compared: " + shown);
    for (String page : List.of(analyzePage, trendPage)) {
      String trendChart = between(page, "<svg class=\"chart trend-chart\"", "</svg>");
      assertEquals(3, count(trendChart, "<circle class=\"trend-point\""), "one point per wave");
      assertEquals(3, count(trendChart, "<text class=\"wave-name\""));
      assertEquals(3, count(trendChart, "<text class=\"wave-note\""), "n and alpha per wave");
      assertEquals(2, count(trendChart, "<line class=\"trend-line\""), "two segments");
      for (int w = 0; w < 3; w++) {
        assertTrue(trendChart.contains("alpha " + Numbers.fixed(t.alphas().get(w).alpha(), 2)
            + "</text>"), "alpha of wave " + w);
      }
      String changes = between(page, "<svg class=\"chart change-chart\"", "</svg>");
      assertEquals(shown, count(changes, "<g class=\"change-row team\">"));
      assertEquals(1, count(changes, "<g class=\"change-row org\">"));
      assertEquals(shown + 1, count(changes, "<line class=\"change-ci\""), "one interval each");
      assertEquals(shown + 1 + 2, count(changes, "class=\"change-mark"), "marks plus legend");
      assertEquals(1, count(changes, "<line class=\"zero\""), "zero line");
      // marked changes (Holm-adjusted p < .05) are drawn as diamonds, counted from the stats
      long reliable = t.teams().stream().filter(g -> reportedIn(g, 0) && reportedIn(g, 2))
          .filter(g -> ((org.leadsurvey.result.WaveChange.Shown) g.changes().get(2))
              .marked()).count()
          + (((org.leadsurvey.result.WaveChange.Shown) t.organisation().changes().get(2))
              .marked() ? 1 : 0);
      assertEquals(reliable + 1, count(changes, "<rect class=\"change-mark reliable\""));
    }
  }

  @Test
  void analyzeShowsEveryWaveInDetailAndTrendOnlyTheLatest() {
    // a wave in detail: its team dot plot, item bars and heatmap
    assertEquals(2 + 3 * 3, count(analyzePage, "<svg class=\"chart "));
    assertEquals(2 + 3, count(trendPage, "<svg class=\"chart "));
    assertTrue(trendPage.contains("Wave 2026-q3 (latest)"));
    assertFalse(trendPage.contains("<h2 class=\"wave-title\">Wave 2026-q1"));
    assertTrue(analyzePage.indexOf("Wave 2026-q3 (latest)")
        < analyzePage.indexOf("<h2 class=\"wave-title\">Wave 2026-q1"), "latest first");
    for (String page : List.of(analyzePage, trendPage)) {
      TestText.uniqueIds(page);
    }
  }

  @Test
  void userTextIsEscapedAndThePageIsSelfContained() {
    for (String page : List.of(analyzePage, trendPage)) {
      assertFalse(page.contains(SCRIPT_TEAM));
      assertFalse(page.contains("<b>co"));
      assertFalse(page.contains("<i>team"));
      assertFalse(page.contains("<q2>"));
      assertFalse(page.contains("<file>"));
      assertTrue(page.contains("2026 &lt;q2&gt;"));
      assertTrue(page.contains("wave 0 &lt;file&gt;.csv"));
      assertTrue(page.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>"),
          "script team labelled as text in the change chart");
      assertTrue(page.startsWith("<!DOCTYPE html>"));
      assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
      assertFalse(page.contains("<script"));
      assertFalse(page.contains("<link"));
      Matcher tag = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(page);
      Set<String> seen = new TreeSet<>();
      while (tag.find()) {
        seen.add(tag.group(2));
        assertFalse(Pattern.compile("(?i)\\son\\w+\\s*=|\\s(src|href)\\s*=")
            .matcher(tag.group(3)).find(), "no event handlers or links: " + tag.group());
      }
      assertTrue(HtmlRendererTest.TAGS.containsAll(seen), "unexpected elements: " + seen);
      assertTrue(page.contains("Jacobson, N. S., &amp; Truax, P. (1991)"));
      assertTrue(page.contains("Welch, B. L. (1947)"));
    }
  }

  @Test
  void withheldChangesAreNamedWithoutNumbersAndHiddenTeamsNeverDrawn() {
    ScaleTrend t = trend();
    List<String> withheld = t.teams().stream()
        .filter(g -> !(reportedIn(g, 0) && reportedIn(g, 2))).map(ScaleTrend.GroupTrend::group)
        .toList();
    assertTrue(withheld.containsAll(List.of(ALWAYS_HIDDEN, SHRINKING, NEWCOMER)), withheld::toString);
    for (String page : List.of(analyzePage, trendPage)) {
      String changes = between(page, "<section class=\"figure\" id=\"t1-changes\">", "</section>");
      String chart = between(changes, "<svg", "</svg>");
      for (String team : withheld) {
        String e = Html.esc(team);
        assertFalse(chart.contains(e), team + " drawn in the change chart");
        assertEquals(1, count(changes, "<li class=\"not-compared\">" + e + "</li>"), team);
        assertEquals(1, count(changes, e), team + " only in the list");
      }
      String trendChart = between(page, "<svg class=\"chart trend-chart\"", "</svg>");
      for (ScaleTrend.GroupTrend g : t.teams()) {
        assertFalse(trendChart.contains(Html.esc(g.group())), "teams are not in the trend line");
      }
      // a team hidden in every wave: in the trend tables only as "hidden"/"not shown: hidden in"
      String e = Html.esc(ALWAYS_HIDDEN);
      Matcher rows = Pattern.compile("<tr><td>" + Pattern.quote(e) + "</td>(.*?)</tr>")
          .matcher(page);
      int tableRows = 0;
      while (rows.find()) {
        tableRows++;
        String cells = rows.group(1).replaceAll("<[^>]+>", " ");
        for (String wave : WAVES) {
          cells = cells.replace(Html.esc(wave), "");
        }
        assertFalse(cells.matches("(?s).*\\d.*"), "a number next to a hidden team: " + cells);
      }
      assertEquals(1 + 3, tableRows, "one scores row, three change rows");
    }
    // in each wave's detail a hidden team is listed by name, never drawn
    for (int w = 0; w < 3; w++) {
      String start = "<section class=\"wave\" id=\"w" + (w + 1) + "\">";
      int from = analyzePage.indexOf(start);
      int to = analyzePage.indexOf("<section class=\"wave\"", from + 1);
      String detail = analyzePage.substring(from, to < 0 ? analyzePage.indexOf("id=\"method\"")
          : to);
      for (TeamResult r : report.waves().get(w).report().scales().get(0).result().teams()) {
        String e = Html.esc(r.team());
        boolean drawn = detail.contains(">" + e + "</text>");
        assertEquals(r instanceof TeamResult.Reported, drawn, r.team() + " in wave " + (w + 1));
        if (r instanceof TeamResult.Hidden) {
          assertTrue(detail.contains("<li class=\"hidden-team\">" + e + "</li>"), r.team());
        }
      }
    }
  }

  @Test
  void twoWavesCompareTheOnlyPairAndTwoScalesGetUniqueIds() throws java.io.IOException {
    List<WaveReport> two = report.waves().subList(1, 3);
    TrendReport pair = TrendReport.of("test", report.instrument(), 5, two);
    StringWriter out = new StringWriter();
    Renderers.writeWaves(pair, ReportFormat.HTML, false, false, new PrintWriter(out));
    String page = out.toString();
    ScaleTrend t = pair.trends().get(0).trend();
    long shown = t.teams().stream().filter(g -> reportedIn(g, 0) && reportedIn(g, 1)).count();
    assertEquals(2, count(page, "<circle class=\"trend-point\""));
    assertEquals(shown, count(page, "<g class=\"change-row team\">"));
    assertTrue(page.contains("Change per team, 2026 &lt;q2&gt; to 2026-q3"));

    // two scales: a trend section each, and every element id once
    List<WaveReport> doubled = new ArrayList<>();
    for (WaveReport w : report.waves()) {
      AnalysisReport r = w.report();
      doubled.add(new WaveReport(w.name(), new AnalysisReport("test", r.files(), r.rows(),
          r.instrument(), 5, List.of(r.scales().get(0), r.scales().get(0)))));
    }
    StringWriter both = new StringWriter();
    Renderers.writeWaves(TrendReport.of("test", report.instrument(), 5, doubled), ReportFormat.HTML,
        false, true, new PrintWriter(both));
    String multi = both.toString();
    assertEquals(2, count(multi, "<svg class=\"chart trend-chart\""));
    assertEquals(2, count(multi, "<svg class=\"chart change-chart\""));
    assertEquals(2, count(multi, "<h2>Trend: Team Psychological Safety (psych-safety)</h2>"));
    Set<String> ids = TestText.uniqueIds(multi);
    assertTrue(ids.containsAll(Set.of("t1", "t2", "w1-s1-hatch", "w3-s2-hatch")), ids::toString);
  }

  @Test
  void oneWaveIsThePlainReport() throws java.io.IOException {
    TrendReport one = new TrendReport("test", report.instrument(), 5,
        List.of(report.waves().get(0)), List.of());
    StringWriter out = new StringWriter();
    Renderers.writeWaves(one, ReportFormat.HTML, false, true, new PrintWriter(out));
    assertEquals(HtmlRenderer.render(report.waves().get(0).report()), out.toString());
  }

}
