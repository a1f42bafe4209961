package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.FavourableRange;
import org.leadsurvey.stats.ItemFrequency;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NamedAccumulator;

/**
 * The item chart's unfavourable / neutral / favourable shares use the --favourable cut-offs:
 * {@code oracle/favourable/oracle.R} (acme-psafety, 5..7: unfavourable 1..3, neutral 4).
 */
class ItemBarsTest {
  @Test
  void sharesAgreeWithRForTheTopThreeBox() throws IOException {
    Path dir = Path.of("src/test/resources/oracle");
    List<String> rows = Files.readAllLines(dir.resolve("acme-psafety/responses.csv"));
    List<String> header = List.of(rows.get(0).replace("\"", "").split(",", -1));
    List<String> items = List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7");
    FavourableRange range = new FavourableRange(5, 7);
    NamedAccumulator acc = new NamedAccumulator(items, 1, 7, MissingPolicy.PAIRWISE, range);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.replace("\"", "").split(",", -1); // no commas inside the quotes
      double[] keyed = new double[items.size()];
      for (int i = 0; i < keyed.length; i++) {
        String v = f[header.indexOf(items.get(i))];
        double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        keyed[i] = List.of("PS1", "PS3", "PS5").contains(items.get(i)) ? 8 - raw : raw;
      }
      acc.add(f[header.indexOf("team")], keyed);
    }
    List<String> expected = Files.readAllLines(dir.resolve("favourable/expected-items.csv"));
    List<ItemFrequency> freq = acc.accumulator().frequencies();
    for (int i = 0; i < items.size(); i++) {
      String[] e = expected.get(i + 1).split(",");
      assertEquals(items.get(i), e[0]);
      double[] sides = ItemBars.sides(freq.get(i), 1, 7, range.unfavourableTo(1, 7), range.lo());
      assertEquals(Double.parseDouble(e[1]), sides[0], 1e-9, e[0] + " unfavourable");
      assertEquals(Double.parseDouble(e[2]), sides[2], 1e-9, e[0] + " neutral");
      assertEquals(Double.parseDouble(e[3]), sides[1], 1e-9, e[0] + " favourable");
    }
  }

  @Test
  void rangesThatCannotBeUsedSayWhy() {
    assertEquals(null, new FavourableRange(6, 7).problem(1, 7));
    assertEquals(null, new FavourableRange(4, 5).problem(1, 5));
    assertEquals(null, new FavourableRange(5, 7).problem(1, 7));
    assertTrue(new FavourableRange(6, 6).problem(1, 7).contains("top option 7"));
    assertTrue(new FavourableRange(4, 7).problem(1, 7).contains("middle"));
    assertTrue(new FavourableRange(6, 7).problem(1, 5).contains("top option 5"));
    assertEquals(2, new FavourableRange(6, 7).unfavourableTo(1, 7));
    assertEquals(1, new FavourableRange(2, 3).unfavourableTo(1, 3), "no overlap on 3 options");
  }
}
