package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two-thread array writer against writing the same elements one by one. */
class TwoThreadArrayTest {
  private static final int C = TwoThreadArray.CHUNK;

  record Team(String name, long n, double mean, double sd) {}

  /** One element: an object with a string, an integer, two doubles and an inner array. */
  private static void team(JsonGenerator g, Team t) throws IOException {
    g.writeStartObject();
    g.writeStringField("team", t.name());
    g.writeNumberField("n", t.n());
    g.writeNumberField("mean", t.mean());
    g.writeArrayFieldStart("ci");
    g.writeNumber(t.mean() - t.sd());
    g.writeNumber(t.mean() + t.sd());
    g.writeEndArray();
    g.writeEndObject();
  }

  private static List<Team> teams(int n) {
    Random r = new Random(n);
    List<Team> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Team("T\"" + i + "\u00e9", r.nextInt(50), r.nextDouble() * 7, r.nextGaussian()));
    }
    return out;
  }

  /** How the array is nested in the document: the shapes of analyze and trend, and bare. */
  enum Shape { ANALYZE, TREND, BARE }

  private static String document(Shape shape, boolean pretty, List<Team> teams, boolean twoThreads)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonRenderer.FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(JsonRenderer.pretty());
      }
      int objects = switch (shape) {
        case ANALYZE -> 2;
        case TREND -> 3;
        case BARE -> 0;
      };
      for (int i = 0; i < objects; i++) {
        g.writeStartObject();
        g.writeStringField("before", "x");
        g.writeArrayFieldStart(i + 1 < objects ? "inner" : "teams");
      }
      if (shape == Shape.BARE) {
        g.writeStartArray();
      }
      if (twoThreads) {
        TwoThreadArray.write(g, teams, TwoThreadArrayTest::team);
      } else {
        for (Team t : teams) {
          team(g, t);
        }
      }
      g.writeEndArray();
      for (int i = 0; i < objects; i++) {
        g.writeStringField("after", "y");
        g.writeEndObject();
        if (i + 1 < objects) {
          g.writeEndArray();
        }
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, C - 1, C, C + 1, 2 * C, 2 * C + 1, 3 * C, 5 * C + 7})
  void writesWhatOneThreadWrites(int n) throws IOException {
    List<Team> teams = teams(n);
    for (Shape shape : Shape.values()) {
      for (boolean pretty : new boolean[] {true, false}) {
        String one = document(shape, pretty, teams, false);
        String two = document(shape, pretty, teams, true);
        assertEquals(one, two, shape + (pretty ? " pretty" : " compact") + ", " + n + " teams");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {5, C + 5, 2 * C + 5}) // chunks 0 (this thread), 1 (helper), 2 (this thread)
  void aFailingElementFailsTheWholeWrite(int bad) {
    List<Team> teams = teams(4 * C);
    IOException e = assertThrows(IOException.class, () -> {
      try (JsonGenerator g = JsonRenderer.FACTORY.createGenerator(new StringWriter())) {
        g.writeStartArray();
        TwoThreadArray.write(g, teams, (gen, t) -> {
          if (t == teams.get(bad)) {
            throw new IOException("element " + bad);
          }
          team(gen, t);
        });
      }
    });
    assertTrue(e.getMessage().contains("element " + bad), e.getMessage());
  }
}
