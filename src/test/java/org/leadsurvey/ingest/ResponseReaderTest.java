package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;

/** The reader's contract with its callers: the two-argument handler, and the row details. */
class ResponseReaderTest {
  static String resource(String name) throws Exception {
    return Path.of(ResponseReaderTest.class.getResource("/" + name).toURI()).toString();
  }

  static Instrument psychSafety() throws Exception {
    return InstrumentCatalogue.resolve("psych-safety");
  }

  @Test
  void rowsArriveWithTheirTeams() throws Exception {
    List<ReadRow> rows = new ArrayList<>();
    ReadSummary s = ResponseReader.read(InputSource.of(resource("dialects/qualtrics.csv"), null, null),
        new ResponseReader.Request(psychSafety(), "team", false, Set.of("")), ReadRow.into(rows));
    List<String> teams = rows.stream().map(r -> r.team(s) + ":" + (int) r.raw()[0]).toList();
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(14, s.rows());
    assertEquals(2, s.droppedRows());
    assertEquals(12, teams.size());
    assertEquals("Nord:2", teams.get(0)); // r01 answered PS1 "Inaccurate"
    assertEquals("qualtrics", s.layout().dialect());
  }

  @Test
  void readsWithAndWithoutDetailsHandOnTheSameRows(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // Over three batches of rows, teams repeating, rows without a team, a bad row in between:
    // the read without details hands on what the read with details does.
    StringBuilder csv = new StringBuilder("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    for (int i = 0; i < 700; i++) {
      String team = i % 11 == 0 ? "" : i % 13 == 0 ? " t" + (i % 37) + " " : "t" + (i % 37);
      String first = i == 400 ? "9" : String.valueOf(1 + i % 7);
      csv.append("r").append(i).append(',').append(team).append(',').append(first)
          .append(",2,3,4,5,6,7\n");
    }
    Path file = tmp.resolve("rows.csv");
    java.nio.file.Files.writeString(file, csv);
    List<ReadRow> plainRows = new ArrayList<>();
    List<ReadRow> detailedRows = new ArrayList<>();
    ResponseReader.Request plain = new ResponseReader.Request(psychSafety(), "team", false, Set.of(""));
    ReadSummary a = ResponseReader.read(InputSource.of(file.toString(), null, null), plain,
        ReadRow.into(plainRows));
    ResponseReader.Request details = new ResponseReader.Request(psychSafety(), "team", false,
        Set.of(""), new ResponseReader.Options(null, false, true));
    ReadSummary b = ResponseReader.read(InputSource.of(file.toString(), null, null), details,
        ReadRow.into(detailedRows));
    List<String> batched = described(a, plainRows);
    List<String> single = described(b, detailedRows);
    assertEquals(699, batched.size());
    assertEquals(single, batched);
    assertEquals(a.errorCount(), b.errorCount());
    assertEquals("t1#0:2", batched.get(1));
    assertTrue(batched.contains("null#-1:1"), "rows without a team");
  }

  /** Each row as team#number:first answer. */
  private static List<String> described(ReadSummary read, List<ReadRow> rows) {
    return rows.stream().map(r -> r.team(read) + "#" + r.team() + ":" + (int) r.raw()[0])
        .toList();
  }

  @Test
  void detailsGiveLineAndCompletionTime() throws Exception {
    List<ReadRow> rows = new ArrayList<>();
    ResponseReader.read(InputSource.of(resource("dialects/microsoft-forms.csv"), null, null),
        new ResponseReader.Request(psychSafety(), null, false, Set.of(""),
            new ResponseReader.Options(null, false, true)), ReadRow.into(rows));
    List<String> seen = rows.stream().map(r -> r.line() + "/" + r.seconds()).toList();
    // make_fixtures.py: r01 took 312 s, r02 245 s (Start time / Completion time).
    assertEquals("2/312.0", seen.get(0));
    assertEquals("3/245.0", seen.get(1));
  }

  @Test
  void standardInputInWindows1252IsDetectedFromItsFirstBlock() throws IOException {
    byte[] bytes = "team,PS1\nSüd,1\n".getBytes(Charset.forName("windows-1252"));
    InputSource in = InputSource.of("-", new ByteArrayInputStream(bytes), null);
    try (Reader r = in.open()) {
      char[] buf = new char[64];
      String text = new String(buf, 0, r.read(buf));
      assertTrue(text.contains("Süd"), text);
    }
    assertEquals("windows-1252", in.encoding().name());
    assertTrue(in.encodingNote().contains("not valid UTF-8"));
  }

  @Test
  void utf8StandardInputHasNoNote() throws IOException {
    InputSource in = InputSource.of("-", new ByteArrayInputStream("team\nSüd\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    in.open().close();
    assertNull(in.encodingNote());
  }
}
