package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadsurvey.TestText.count;
import static org.leadsurvey.cli.Chromium.near;
import static org.leadsurvey.cli.Chromium.pixels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --format html} opened in headless chromium. Data: the oracle's acme-psafety
 * (42 teams, 4 hidden, 7 items; oracle/README.md) plus a team named
 * {@code <script>alert(1)</script>} made of copies of team-27's seven rows, so 39 teams are
 * reported. Leaves {@code target/report.html} and {@code target/report-screenshot.png} for
 * people to look at; the trend of {@code examples/waves/} (three waves) likewise leaves
 * {@code target/trend-report.html} and {@code target/trend-report-screenshot.png}; the network
 * report of {@code examples/peer-behaviours.csv} leaves {@code target/network-report.html} and
 * {@code target/network-report-screenshot.png}. Without
 * chromium on the PATH the tests are skipped, saying so, unless the browser tests are required
 * ({@code LEADSURVEY_BROWSER_TESTS=required}, as {@code .ci/run} sets): see {@link Chromium#find}.
 */
class HtmlReportBrowserTest {
  static final String SCRIPT_TEAM = "<script>alert(1)</script>";
  @TempDir Path tmp;

  private Path responsesWithScriptTeam() throws Exception {
    List<String> lines = Files.readAllLines(
        Path.of(Cli.resource("oracle/acme-psafety/responses.csv")), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines);
    for (String line : lines) {
      if (line.contains(",\"team-27\",")) {
        out.add(line.replace("\"r", "\"x").replace("\"team-27\"", "\"" + SCRIPT_TEAM + "\""));
      }
    }
    Path csv = tmp.resolve("responses <copy>.csv");
    Files.write(csv, out, StandardCharsets.UTF_8);
    return csv;
  }


  @Test
  void reportRendersInChromiumWithEveryMarkAndNoConsoleErrors() throws Exception {
    Chromium chromium = Chromium.find(tmp);
    Path csv = responsesWithScriptTeam();
    Path html = tmp.resolve("report.html");
    Cli.Result r = Cli.run("analyze", csv.toString(), "--format", "html", "-o", html.toString());
    assertEquals(0, r.code(), r::toString);

    // what the charts must show, from the JSON of the same run (not from the HTML renderer)
    JsonNode scale = new ObjectMapper().readTree(
        Cli.run("analyze", csv.toString(), "-f", "json").out()).at("/scales/0");
    int reported = 0;
    for (JsonNode t : scale.get("teams")) {
      reported += t.get("suppressed").asBoolean() ? 0 : 1;
    }
    int items = scale.get("items").size();
    assertEquals(39, reported, "acme's 38 reported teams plus the script team");
    assertEquals(7, items);

    Chromium.Page page = chromium.load(html);
    String dom = page.dom();
    assertTrue(dom.contains("</html>"), "chromium returned the page's DOM");
    assertEquals(List.of(), page.console(), "console messages or errors");
    assertEquals(3, count(dom, "<svg class=\"chart "), "three charts");
    assertEquals(reported, count(dom, "<circle class=\"team-dot "), "one dot per reported team");
    assertEquals(items, count(dom, "<g class=\"item-bar\">"), "one bar per item");
    assertEquals(reported * items, count(dom, "<rect class=\"heat-cell\""), "teams x items");
    // the script team is text, not an element
    assertFalse(dom.contains("<script"), "no script element in the DOM");
    Matcher label = Pattern.compile("<text class=\"team-label\"[^>]*>([^<]*)</text>").matcher(dom);
    int scriptLabels = 0;
    while (label.find()) {
      scriptLabels += label.group(1).equals("&lt;script&gt;alert(1)&lt;/script&gt;") ? 1 : 0;
    }
    assertEquals(2, scriptLabels, "the script team labelled as text in dot plot and heatmap");
    assertTrue(dom.contains("responses &lt;copy&gt;.csv"), "file name escaped");
    // issue 19: one favourable definition, the item bars' three shares, the labels, and the
    // psych::alpha and multilevel figures, as the JSON of the same run has them
    assertEquals("[6,7]", scale.get("favourableRange").toString());
    assertTrue(dom.contains("of answers 6–7 of 7"), "headline names the favourable options");
    assertTrue(dom.contains("<th class=\"num\">favourable 6..7</th>"), "team table too");
    assertTrue(dom.contains(">← unfavourable 1–2<") && dom.contains(">favourable 6–7 →<"),
        "item chart legend with the same cut-offs");
    assertEquals(items, count(dom, "class=\"share neutral\""), "a neutral share per item");
    String favourable = String.format(java.util.Locale.ROOT, "%.0f%%",
        scale.at("/organisation/favourable").asDouble() * 100);
    assertTrue(dom.contains("<div class=\"card-label\">Favourable</div><div class=\"card-value\">"
        + favourable + "</div>"), "headline favourable " + favourable);
    assertTrue(dom.contains("<h4>Differences between teams</h4>"));
    assertFalse(dom.contains("Agreement between teams"));
    assertTrue(dom.contains("(Duhachek)"), "Duhachek interval beside Feldt's");
    // acme hides teams, so the multilevel reliability is withheld: in the JSON and the page alike
    assertTrue(scale.at("/reliability/multilevel").isMissingNode()
        || scale.at("/reliability/multilevel").isNull());
    assertFalse(dom.contains("Omega within teams"), "no multilevel figure while teams are hidden");

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(html, target.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path png = target.resolve("report-screenshot.png");
    chromium.screenshot(html, png, 1280, 4200);
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    // painted pixels of each chart's own colours: the dots (Okabe-Ito blue), the most
    // favourable bar segments (PuOr purple) and heatmap cells (viridis greens)
    assertTrue(pixels(img, near(0x0072B2)) > 40 * reported, "team dots painted");
    assertTrue(pixels(img, near(0x542788)) > 1000, "item bars painted");
    assertTrue(pixels(img, (red, green, blue) -> green > red + 30 && green > blue + 10) > 20000,
        "heatmap painted");
  }

  @Test
  void trendReportRendersInChromiumWithEveryMarkAndNoConsoleErrors() throws Exception {
    Chromium chromium = Chromium.find(tmp);
    String waves = Path.of("examples", "waves").toString();
    Path html = tmp.resolve("trend.html");
    Cli.Result r = Cli.run("trend", waves, "--format", "html", "-o", html.toString());
    assertEquals(0, r.code(), r::toString);

    // what the charts must show, from the JSON of the same run (not from the HTML renderer)
    JsonNode json = new ObjectMapper().readTree(Cli.run("trend", waves, "-f", "json").out());
    JsonNode trend = json.at("/trend/0");
    int waveCount = json.get("waves").size();
    assertEquals(3, waveCount, "examples/waves holds three waves");
    int compared = 0;
    List<String> notCompared = new ArrayList<>();
    for (JsonNode team : trend.get("teams")) {
      JsonNode overall = team.get("changes").get(team.get("changes").size() - 1);
      assertEquals("first-to-last", overall.get("comparison").asText());
      if (overall.get("suppressed").asBoolean()) {
        notCompared.add(team.get("team").asText());
      } else {
        compared++;
      }
    }
    assertTrue(compared >= 5, "most example teams are compared: " + compared);
    assertFalse(notCompared.isEmpty(), "the example has a team not reported in both waves");
    int latestReported = 0;
    for (JsonNode team : trend.get("teams")) {
      JsonNode last = team.get("scores").get(waveCount - 1);
      latestReported += last.get("suppressed").asBoolean() || last.get("n").asInt() == 0 ? 0 : 1;
    }

    Chromium.Page page = chromium.load(html);
    String dom = page.dom();
    assertTrue(dom.contains("</html>"), "chromium returned the page's DOM");
    assertEquals(List.of(), page.console(), "console messages or errors");
    assertFalse(dom.contains("<script"), "no script element in the DOM");
    // trend line, change chart, then the latest wave: dot plot, item bars, heatmap
    assertEquals(5, count(dom, "<svg class=\"chart "), "five charts");
    assertEquals(1, count(dom, "<svg class=\"chart trend-chart\""));
    assertEquals(waveCount, count(dom, "<circle class=\"trend-point\""), "one point per wave");
    assertEquals(waveCount - 1, count(dom, "<line class=\"trend-line\""));
    assertEquals(compared, count(dom, "<g class=\"change-row team\">"), "one row per team");
    assertEquals(compared + 1, count(dom, "<line class=\"change-ci\""), "teams and org");
    assertEquals(latestReported, count(dom, "<circle class=\"team-dot "), "latest wave's teams");
    // issue 19: marks only where Holm-adjusted p < .05 (from the JSON), no RCI marks
    int marked = 0;
    for (JsonNode team : trend.get("teams")) {
      JsonNode overall = team.get("changes").get(team.get("changes").size() - 1);
      marked += overall.path("marked").asBoolean() ? 1 : 0;
    }
    JsonNode org = trend.at("/organisation/changes").get(waveCount - 1);
    marked += org.get("marked").asBoolean() ? 1 : 0;
    String changeChart = dom.substring(dom.indexOf("<svg class=\"chart change-chart\""));
    changeChart = changeChart.substring(0, changeChart.indexOf("</svg>"));
    assertEquals(marked + 1, count(changeChart, "<rect class=\"change-mark reliable\""),
        "diamonds: the marked changes plus the legend's");
    assertFalse(dom.contains("larger than measurement error"), "no reliable-change marks");
    assertFalse(dom.contains("beyond measurement error"), "no reliable-change marks");
    assertTrue(dom.contains(org.get("marked").asBoolean() ? "unlikely to be chance"
        : "(includes zero); may be chance"), "headline as the organisation's mark");
    assertTrue(dom.contains("<th class=\"num\">p (Holm)</th>"), "trend table's p (Holm)");
    for (String team : notCompared) {
      String escaped = team.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      assertTrue(dom.contains("<li class=\"not-compared\">" + escaped + "</li>"), team);
    }

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(html, target.resolve("trend-report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path png = target.resolve("trend-report-screenshot.png");
    chromium.screenshot(html, png, 1280, 2400);
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    // the organisation's line and points (vermillion) and the change intervals (blue or
    // vermillion) are painted
    assertTrue(pixels(img, near(0xD55E00)) > 500, "trend line painted");
    assertTrue(pixels(img, near(0x0072B2)) + pixels(img, near(0xD55E00)) > 500 + 40 * compared,
        "change chart painted");
  }

  /**
   * {@code network --format html} on examples/peer-behaviours.csv (four criteria) plus a copy of
   * Design named {@code <script>alert(1)</script>}: one small-multiples chart, a panel per shown
   * team and a bar per team and criterion, as the JSON of the same run has them. Leaves
   * {@code target/network-report.html} and {@code target/network-report-screenshot.png}.
   */
  @Test
  void networkReportRendersInChromiumWithEveryMarkAndNoConsoleErrors() throws Exception {
    Chromium chromium = Chromium.find(tmp);
    List<String> lines = Files.readAllLines(Path.of("examples", "peer-behaviours.csv"),
        StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines);
    for (String line : lines) {
      if (line.startsWith("Design,")) {
        out.add("\"" + SCRIPT_TEAM + "\"" + line.substring("Design".length()));
      }
    }
    Path csv = tmp.resolve("ratings <copy>.csv");
    Files.write(csv, out, StandardCharsets.UTF_8);
    Path html = tmp.resolve("network.html");
    String survey = Path.of("examples", "team-survey.csv").toString();
    Cli.Result r = Cli.run("network", csv.toString(), "--climate", survey, "--show-people",
        "-f", "html", "-o", html.toString());
    assertEquals(0, r.code(), r::toString);

    JsonNode json = new ObjectMapper().readTree(Cli.run("network", csv.toString(), "--climate",
        survey, "--show-people", "-f", "json").out());
    int shown = 0;
    int bars = 0;
    int undefined = 0;
    for (JsonNode t : json.get("teams")) {
      if (!t.get("suppressed").asBoolean()) {
        shown++;
        for (JsonNode c : t.get("criteria")) {
          if (c.get("centralization").isNull()) {
            undefined++;
          } else {
            bars++;
          }
        }
      }
    }
    assertEquals(12, shown, "the example's 11 shown teams plus the script team");
    assertEquals(4 * shown, bars + undefined);

    Chromium.Page page = chromium.load(html);
    String dom = page.dom();
    assertTrue(dom.contains("</html>"), "chromium returned the page's DOM");
    assertEquals(List.of(), page.console(), "console messages or errors");
    assertFalse(dom.contains("<script"), "no script element in the DOM");
    assertEquals(1, count(dom, "<svg class=\"chart "), "one chart");
    assertEquals(shown, count(dom, "<g class=\"team-panel\">"), "a panel per shown team");
    assertEquals(bars, count(dom, "<rect class=\"centralization-bar\""), "teams x criteria");
    assertEquals(undefined, count(dom, "<rect class=\"withheld-bar\""));
    assertTrue(dom.contains("<text class=\"team-label\" x=\"")
        && dom.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>"), "script team as text");
    assertTrue(dom.contains("ratings &lt;copy&gt;.csv"), "file name escaped");
    assertTrue(dom.contains("<h2>Criteria by team</h2>"));
    assertTrue(dom.contains("<th>same people lead?</th>"));
    assertTrue(dom.contains("<h3>Overlap of the criteria</h3>"));
    assertTrue(dom.contains("<h2>Climate and leadership</h2>"));
    // Design's newcomer: rated by two on Inspiring, so no mean there (a dash and the raters)
    assertTrue(dom.contains("<td class=\"num\">– (2)</td>"), "withheld mean shown as a dash");

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(html, target.resolve("network-report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path png = target.resolve("network-report-screenshot.png");
    chromium.screenshot(html, png, 1280, 1400);
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    // each team's most centralized criterion in vermillion, the others in blue
    assertTrue(pixels(img, near(0xD55E00)) > 100 * shown, "a vermillion bar per team painted");
    assertTrue(pixels(img, near(0x0072B2)) > 200 * shown, "blue bars painted");
  }

  @Test
  void consoleErrorsOfAPageAreSeen() throws Exception {
    // guards the check above: a page with a console error and an uncaught one is caught
    Chromium chromium = Chromium.find(tmp);
    Path canary = tmp.resolve("canary.html");
    Files.writeString(canary, "<!DOCTYPE html><p>canary</p><script>console.error('canary');"
        + "missingFunction();</script>");
    List<String> console = chromium.load(canary).console();
    assertTrue(console.stream().anyMatch(l -> l.contains("canary")), console::toString);
    assertTrue(console.stream().anyMatch(l -> l.contains("Uncaught")), console::toString);
  }
}
