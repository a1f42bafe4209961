package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unfinished responses kept by {@code --include-unfinished} come marked ({@link ResponseReader.RowInfo#unfinished()}). */
class UnfinishedRowsTest {
  /** Reads a fixture with details: each row as id, with "!" when marked unfinished. */
  private static ReadSummary read(String fixture, ResponseReader.Options options,
      List<String> rows) throws Exception {
    return ResponseReader.read(InputSource.of(ResponseReaderTest.resource(fixture), null, null),
        new ResponseReader.Request(ResponseReaderTest.psychSafety(), "team", false, Set.of(""),
            options),
        new ResponseReader.RowHandler() {
          @Override
          public void accept(String team, double[] raw) {
            throw new AssertionError("the three-argument accept is called");
          }

          @Override
          public void accept(String team, double[] raw, ResponseReader.RowInfo info) {
            rows.add(info.respondentId() + (info.unfinished() ? "!" : ""));
          }
        });
  }

  @Test
  void withoutMarkingUnfinishedRowsAreDroppedAsBefore() throws Exception {
    List<String> rows = new ArrayList<>();
    ReadSummary s = read("dialects/qualtrics.csv",
        new ResponseReader.Options(null, false, true), rows);
    assertEquals(Map.of("preview, test or spam response", 1L, "unfinished", 1L), s.dropped());
    assertEquals(12, rows.size());
    assertTrue(rows.stream().noneMatch(r -> r.endsWith("!")));
  }

  @Test
  void includedUnfinishedRowsAreMarkedToo() throws Exception {
    List<String> rows = new ArrayList<>();
    ReadSummary s = read("dialects/qualtrics.csv",
        new ResponseReader.Options(null, true, true), rows);
    assertEquals(1, s.droppedRows(), "only the preview row");
    assertEquals(13, rows.size());
    assertEquals("R_r13x9Fq2LmZ!", rows.get(12));
  }

  @Test
  void limeSurveyRowsWithoutSubmitDateComeMarked() throws Exception {
    List<String> rows = new ArrayList<>();
    ReadSummary s = read("dialects/limesurvey.csv",
        new ResponseReader.Options(null, true, true), rows);
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(0, s.droppedRows());
    assertEquals(13, rows.size());
    assertEquals(List.of("13!"), rows.stream().filter(r -> r.endsWith("!")).toList());
  }
}
