package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadsurvey.TestText.count;
import static org.leadsurvey.cli.Chromium.pixels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network --scope organisation --format html} opened in headless chromium, on
 * examples/advice-*.csv with Product renamed {@code <script>alert(1)</script>}: the heatmap
 * has one cell per pair of shown teams and the pool, no hidden team is named anywhere but in
 * the list of hidden teams and its table row, and the page runs no script. Leaves
 * {@code target/advice-report.html} and {@code target/advice-report-screenshot.png}. Skipped
 * without chromium as {@link HtmlReportBrowserTest} is (see {@link Chromium#find}).
 */
class AdviceReportBrowserTest {
  @TempDir Path tmp;

  @Test
  void organisationReportRendersInChromiumWithTheMatrixAndNoHiddenTeamInIt() throws Exception {
    Chromium chromium = Chromium.find(tmp);
    Path roster = tmp.resolve("roster.csv");
    Files.writeString(roster, Files.readString(Path.of(AdviceCommandTest.ROSTER))
        .replace("Product,", "\"" + HtmlReportBrowserTest.SCRIPT_TEAM + "\","),
        StandardCharsets.UTF_8);
    Path html = tmp.resolve("advice.html");
    Cli.Result r = Cli.run("network", AdviceCommandTest.NOMINATIONS, "--scope", "organisation",
        "--roster", roster.toString(), "--show-people", "-f", "html", "-o", html.toString());
    assertEquals(0, r.code(), r::toString);
    JsonNode json = new ObjectMapper().readTree(Cli.run("network",
        AdviceCommandTest.NOMINATIONS, "--scope", "organisation", "--roster", roster.toString(),
        "-f", "json").out());
    int shown = json.at("/matrix/teams").size();
    assertEquals(6, shown);
    assertTrue(json.at("/matrix/hiddenTeams").asBoolean());

    Chromium.Page page = chromium.load(html);
    String dom = page.dom();
    assertTrue(dom.contains("</html>"), "chromium returned the page's DOM");
    assertEquals(List.of(), page.console(), "console messages or errors");
    assertFalse(dom.contains("<script"), "no script element in the DOM");
    assertEquals(1, count(dom, "<svg class=\"chart heatmap advice-matrix\""), "one heatmap");
    assertEquals(shown * shown, count(dom, "<rect class=\"advice-cell\""), "shown x shown");
    assertEquals(2 * shown + 1, count(dom, "<rect class=\"advice-pool\""), "the pool's row and"
        + " column");
    // every cell prints its count, as the JSON has it
    String svg = dom.substring(dom.indexOf("<svg class=\"chart heatmap advice-matrix\""));
    svg = svg.substring(0, svg.indexOf("</svg>"));
    Matcher cell = Pattern.compile("<text class=\"cell-value [^\"]*\"[^>]*>(\\d+)</text>")
        .matcher(svg);
    StringBuilder printed = new StringBuilder();
    while (cell.find()) {
      printed.append(cell.group(1)).append(',');
    }
    StringBuilder expected = new StringBuilder();
    json.at("/matrix/counts").forEach(row -> row.forEach(c -> expected.append(c.asLong())
        .append(',')));
    assertEquals(expected.toString(), printed.toString());
    // hidden teams: named in the list of hidden teams and their table row only, never in the
    // chart, and none of their people is listed as a broker
    for (String team : AdviceCommandTest.HIDDEN) {
      assertFalse(svg.contains(team), team + " in the heatmap");
      assertEquals(1, count(dom, "<li class=\"hidden-team\">" + team + "</li>"), team);
      assertEquals(2, count(dom, team), team + ": the list and the teams table");
    }
    for (String person : List.of("P029", "P030", "P031", "P033", "P036")) {
      assertFalse(dom.contains(person), person + " is in a hidden team");
    }
    assertTrue(dom.contains("P043"), "brokers of shown teams are listed with --show-people");
    Matcher label = Pattern.compile("<text class=\"team-label\"[^>]*>([^<]*)</text>")
        .matcher(svg);
    int scriptLabels = 0;
    while (label.find()) {
      scriptLabels += label.group(1).contains("&lt;script&gt;alert(1)&lt;/script&gt;") ? 1 : 0;
    }
    assertEquals(1, scriptLabels, "the script team is a text label");

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(html, target.resolve("advice-report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path png = target.resolve("advice-report-screenshot.png");
    chromium.screenshot(html, png, 1280, 1600);
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    // the heatmap's dark end (viridis purple to blue)
    assertTrue(pixels(img, (red, green, blue) -> blue > 80 && red < 90 && green < 110
        && blue > red + 20) > 10000, "heatmap painted");
  }
}
