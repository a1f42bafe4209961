package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unfinished responses kept by {@code --include-unfinished} come marked ({@link RowBatch#unfinished}). */
class UnfinishedRowsTest {
  /** Reads a fixture with details: each row as its line, with "!" when marked unfinished. */
  private static ReadSummary read(String fixture, ResponseReader.Options options,
      List<String> rows) throws Exception {
    List<ReadRow> read = new ArrayList<>();
    ReadSummary s = ResponseReader.read(
        InputSource.of(ResponseReaderTest.resource(fixture), null, null),
        new ResponseReader.Request(ResponseReaderTest.psychSafety(), "team", false, Set.of(""),
            options), ReadRow.into(read));
    read.forEach(r -> rows.add(r.line() + (r.unfinished() ? "!" : "")));
    return s;
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
    assertEquals("17!", rows.get(12)); // R_r13x9Fq2LmZ
  }

  @Test
  void limeSurveyRowsWithoutSubmitDateComeMarked() throws Exception {
    List<String> rows = new ArrayList<>();
    ReadSummary s = read("dialects/limesurvey.csv",
        new ResponseReader.Options(null, true, true), rows);
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(0, s.droppedRows());
    assertEquals(13, rows.size());
    assertEquals(List.of("14!"), rows.stream().filter(r -> r.endsWith("!")).toList()); // id 13
  }
}
