package org.leadsurvey.report;

import org.leadsurvey.TestText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.result.AnalysisReport;

/**
 * The HTML report without a browser: escaping, privacy and the number of marks per chart. The
 * data is the oracle's acme-psafety (oracle/README.md): 42 teams of which team-01, team-02,
 * team-41 and team-42 are hidden at minimum group 5 (expected-teams.csv), 7 items.
 */
class HtmlRendererTest {
  static final String SCRIPT_TEAM = "<script>alert(1)</script>";
  static final String EVIL_ITEM = "<img src=x onerror=alert(2)> & \"quoted\"";
  static final String EVIL_FILE = "q3 & <survey>.csv";
  static final String HIDDEN_RENAMED = "Small \"<b>team</b>\" & co";
  static final Set<String> HIDDEN = Set.of(HIDDEN_RENAMED, "team-02", "team-41", "team-42");
  /** Every element the report may contain; anything else (script, img, iframe...) is a leak. */
  static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body",
      "header", "main", "footer", "section", "h1", "h2", "h3", "h4", "p", "span", "div", "small",
      "ul", "li", "i", "figure", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
      "svg", "defs", "pattern", "linearGradient", "stop", "g", "line", "rect", "circle", "text");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

  static AnalysisReport report;
  static String html;

  @BeforeAll
  static void render() throws Exception {
    UnaryOperator<Item> edit = i -> i.id().equals("PS4")
        ? new Item(i.id(), EVIL_ITEM, i.reverse(), i.subscale()) : i;
    report = HtmlFixture.acme(Map.of("team-03", SCRIPT_TEAM, "team-01", HIDDEN_RENAMED), edit,
        EVIL_FILE, Integer.MAX_VALUE);
    StringWriter out = new StringWriter();
    Renderers.write(report, ReportFormat.HTML, false, new PrintWriter(out));
    html = out.toString();
  }

  private static ScaleResult result() {
    return report.scales().get(0).result();
  }

  private static int count(String needle) {
    return TestText.count(html, needle);
  }

  @Test
  void userTextIsEscapedEverywhere() {
    assertFalse(html.contains(SCRIPT_TEAM));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>team"));
    // the script team is reported: label, tooltip and table row of the dot plot and heatmap
    assertTrue(count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4, "escaped team name");
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quoted&quot;"));
    assertTrue(html.contains("q3 &amp; &lt;survey&gt;.csv"));
    assertTrue(html.contains("Small &quot;&lt;b&gt;team&lt;/b&gt;&quot; &amp; co"));
    Matcher m = TAG.matcher(html);
    Set<String> seen = new TreeSet<>();
    while (m.find()) {
      seen.add(m.group(2));
      String attributes = m.group(3);
      assertFalse(Pattern.compile("(?i)\\son\\w+\\s*=|\\s(src|href)\\s*=").matcher(attributes).find(),
          "no event handlers or links: " + m.group());
    }
    assertTrue(TAGS.containsAll(seen), "unexpected elements: " + seen);
  }

  @Test
  void selfContainedWithoutScriptsOrRemoteReferences() {
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("@import"));
    // the only URLs: the SVG namespace and the instrument's DOI, as text
    Matcher m = Pattern.compile("https?://[^\\s\"<]+").matcher(html);
    while (m.find()) {
      assertTrue(m.group().equals("http://www.w3.org/2000/svg")
          || m.group().startsWith("https://doi.org/"), m.group());
    }
    assertTrue(html.contains("Edmondson, A. C. (1999)"), "instrument citation");
    assertTrue(html.contains("@media print"));
  }

  @Test
  void hiddenTeamsAreListedByNameOnlyAndNeverDrawn() {
    List<String> hidden = result().teams().stream()
        .filter(t -> t instanceof TeamResult.Hidden).map(TeamResult::team).toList();
    assertEquals(HIDDEN, Set.copyOf(hidden), "oracle expected-teams.csv: n < 5");
    String rest = html;
    for (String name : hidden) {
      String e = Html.esc(name);
      // the only places a hidden team may appear, and neither carries a number
      rest = rest.replace("<li class=\"hidden-team\">" + e + "</li>", "")
          .replace("<tr class=\"hidden-team\"><td>" + e
              + "</td><td colspan=\"6\" class=\"hidden\">hidden</td></tr>", "");
    }
    for (String name : hidden) {
      assertEquals(2, count(Html.esc(name)), name + ": once in the list, once in the table");
      assertFalse(rest.contains(Html.esc(name)), name + " appears outside the hidden list/rows");
    }
    assertEquals(4, count("<li class=\"hidden-team\">"));
  }

  @Test
  void everyChartHasOneMarkPerThing() {
    long reported = result().teams().size() - result().hiddenTeams();
    assertEquals(38, reported, "42 teams, 4 hidden");
    assertEquals(3, count("<svg class=\"chart "));
    assertEquals(reported, count("<circle class=\"team-dot "));
    assertEquals(7, count("<g class=\"item-bar\">"));
    assertEquals(7 * 7, count("<rect class=\"item-seg\""), "7 options per item");
    assertEquals(reported * 7, count("<rect class=\"heat-cell\""));
    assertEquals(7, count("<rect class=\"heat-org\""));
    // each reported team has one row in the dot plot, heatmap and table
    for (TeamResult t : result().teams()) {
      if (t instanceof TeamResult.Reported) {
        String label = ">" + Html.esc(t.team()) + "</text>";
        assertEquals(2, count(label), t.team() + " labelled in the dot plot and the heatmap");
      }
    }
  }

  @Test
  void organisationNumbersAndHeadlineAgreeWithTheOracle() {
    // oracle expected-reliability.csv: alpha 0.880787607743 (psych::alpha); n scored 328
    assertTrue(html.contains("alpha 0.88 (95% CI 0.86–0.90)"));
    assertTrue(html.contains("<div class=\"card-value\">328</div>"));
    assertTrue(html.contains("<div class=\"card-value\">38</div>"));
    assertTrue(html.contains("Good reliability: alpha 0.88."));
  }

  @Test
  void severalScalesGetTheirOwnSectionsAndUniqueIds() {
    AnalysisReport two = new AnalysisReport("test", report.files(), report.rows(),
        report.instrument(), 5, List.of(report.scales().get(0), report.scales().get(0)));
    String page = HtmlRenderer.render(two);
    Set<String> ids = TestText.uniqueIds(page);
    assertTrue(ids.containsAll(Set.of("s1-hatch", "s2-hatch", "s1-gap", "s2-gap")), ids::toString);
    assertEquals(6, TestText.count(page, "<svg class=\"chart "));
    assertEquals(2, TestText.count(page, "<h2>Team Psychological Safety (psych-safety)</h2>"));
  }


  @Test
  void tooFewPeopleShowsNoScoresNoAnswersAndNoCharts() throws Exception {
    AnalysisReport tiny = HtmlFixture.acme(Map.of(), i -> i, "tiny.csv", 4);
    StringWriter out = new StringWriter();
    HtmlRenderer.write(tiny, new PrintWriter(out));
    String page = out.toString();
    assertFalse(page.contains("<svg class=\"chart"));
    assertFalse(page.contains("<rect class=\"item-seg\""));
    assertTrue(page.contains("Too few respondents to show answers."));
    assertTrue(page.contains("fewer than 5 people scored: not shown"));
  }
}
