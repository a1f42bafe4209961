package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One row per respondent: a respondent id that repeats an earlier row's is an error on the
 * repeating row, on every path of the reader (batches, rows with details, rows by wave).
 */
class DistinctRespondentsTest {
  @TempDir
  Path tmp;

  private static final String HEADER = "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";

  private Path write(String name, CharSequence csv) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, csv);
    return file;
  }

  private static ResponseReader.Request request(boolean details) throws Exception {
    return new ResponseReader.Request(ResponseReaderTest.psychSafety(), "team", false,
        Set.of(""), new ResponseReader.Options(null, false, details));
  }

  /** Reads without details: each row as team:first answer. */
  private static ReadSummary batched(Path file, List<String> rows) throws Exception {
    List<ReadRow> read = new ArrayList<>();
    ReadSummary s = ResponseReader.read(InputSource.of(file.toString(), null, null),
        request(false), ReadRow.into(read));
    read.forEach(r -> rows.add(r.team(s) + ":" + (int) r.raw()[0]));
    return s;
  }

  /** Reads with details: each row as line/team:first answer. */
  private static ReadSummary detailed(Path file, List<String> rows) throws Exception {
    List<ReadRow> read = new ArrayList<>();
    ReadSummary s = ResponseReader.read(InputSource.of(file.toString(), null, null),
        request(true), ReadRow.into(read));
    read.forEach(r -> rows.add(r.line() + "/" + r.team(s) + ":" + (int) r.raw()[0]));
    return s;
  }

  private static List<String> errors(ReadSummary s) {
    return s.findings().stream().filter(Finding::isError)
        .map(f -> f.line() + " " + f.column() + ": " + f.message()).toList();
  }

  @Test
  void aRepeatedIdIsAnErrorInABatchedRead() throws Exception {
    Path file = write("repeat.csv", HEADER
        + "R017,a,1,2,3,4,5,6,7\n"   // line 2
        + "R018,a,2,2,3,4,5,6,7\n"   // line 3
        + "R017,b,3,2,3,4,5,6,7\n"   // line 4: repeats line 2
        + "R019,b,4,2,3,4,5,6,7\n");
    List<String> rows = new ArrayList<>();
    ReadSummary s = batched(file, rows);
    assertEquals(List.of("4 1 (respondent): respondent id \"R017\" repeats line 2 (one row per"
        + " person; a file that holds several waves needs --wave COLUMN)"), errors(s));
    assertEquals(List.of("a:1", "a:2", "b:4"), rows, "the repeating row is not handed on");
    assertEquals(4, s.rows());
    assertEquals(1, s.rowsWithErrors());
    assertEquals(1, s.errorCount());
    assertEquals(0, s.droppedRows());
    Finding f = s.firstError();
    assertEquals(4, f.line());
    assertTrue(f.toString().contains("repeat.csv:4: column 1 (respondent): respondent id \"R017\""
        + " repeats line 2"), f.toString());
  }

  @Test
  void aRepeatedIdIsAnErrorInADetailedRead() throws Exception {
    Path file = write("repeat.csv", HEADER
        + "R017,a,1,2,3,4,5,6,7\n"
        + "R018,a,2,2,3,4,5,6,7\n"
        + "R017,b,3,2,3,4,5,6,7\n"
        + "R019,b,4,2,3,4,5,6,7\n");
    List<String> rows = new ArrayList<>();
    ReadSummary s = detailed(file, rows);
    assertEquals(List.of("4 1 (respondent): respondent id \"R017\" repeats line 2 (one row per"
        + " person; a file that holds several waves needs --wave COLUMN)"), errors(s));
    assertEquals(List.of("2/a:1", "3/a:2", "5/b:4"), rows);
    assertEquals(1, s.rowsWithErrors());
  }

  @Test
  void batchedAndDetailedReadsAgreeOverManyWindows() throws Exception {
    // 3,000 rows: repeats within one batch or window, across them, of the first row, of a
    // repeat; bad rows in between; empty ids (never checked).
    StringBuilder csv = new StringBuilder(HEADER);
    List<Long> expectedLines = new ArrayList<>();
    Set<String> claimed = new java.util.HashSet<>();
    for (int i = 0; i < 3000; i++) {
      String id = "r" + i;
      if (i % 97 == 50) {
        id = "r" + (i - 3); // the same batch and window, mostly
      } else if (i % 331 == 300) {
        id = "r" + (i - 290); // an earlier batch or window
      } else if (i == 2999) {
        id = "r0";
      } else if (i % 500 == 499) {
        id = " r" + (i - 1) + " "; // stripped: a repeat
      } else if (i % 10 == 9) {
        id = "";
      }
      boolean bad = i % 211 == 7 || i % 331 == 301;
      csv.append(id).append(",t").append(i % 13).append(',').append(bad ? "8" : 1 + i % 7)
          .append(",2,3,4,5,6,7\n");
      // The rule: the first row handed on claims its id; bad rows claim nothing.
      if (!bad && !id.isBlank() && !claimed.add(id.strip())) {
        expectedLines.add(i + 2L);
      }
    }
    Path file = write("many.csv", csv);
    List<String> batchedRows = new ArrayList<>();
    List<String> detailedRows = new ArrayList<>();
    ReadSummary a = batched(file, batchedRows);
    ReadSummary b = detailed(file, detailedRows);
    assertEquals(a.errorCount(), b.errorCount());
    assertEquals(errors(a), errors(b));
    assertEquals(a.rowsWithErrors(), b.rowsWithErrors());
    assertEquals(detailedRows.stream().map(r -> r.substring(r.lastIndexOf('/') + 1)).toList(),
        batchedRows);
    List<Long> repeatLines = new ArrayList<>();
    long previous = 0;
    for (Finding f : a.findings()) {
      assertTrue(f.line() > previous, "findings in line order: " + a.findings());
      previous = f.line();
      if (f.message().contains("repeats line")) {
        repeatLines.add(f.line());
      }
    }
    assertTrue(a.errorCount() < ResponseReader.KEPT_FINDINGS, "all findings kept");
    assertEquals(expectedLines, repeatLines);
    assertFalse(repeatLines.isEmpty());
    Finding last = a.findings().get(a.findings().size() - 1);
    assertEquals(3001, last.line());
    assertTrue(last.message().startsWith("respondent id \"r0\" repeats line 2 "), last.message());
    assertTrue(detailedRows.stream().noneMatch(r -> r.startsWith("3001/")));
  }

  @Test
  void theTableMadeForTheFilesSizeFindsTheSameRepeats() throws Exception {
    // Large enough that the reader sizes the table from the file's size after its first rows,
    // with ids already in it; the first rows' ids are long (the estimate falls short, and the
    // table still doubles), shorter ones (it overshoots), or as long as the rest.
    for (int longFirst : new int[] {0, 1, 2}) {
      StringBuilder csv = new StringBuilder(HEADER);
      List<String> expected = new ArrayList<>();
      int n = 20_000;
      for (int i = 0; i < n; i++) {
        int k = i % 1000 == 999 ? i - 500 : i == n - 1 ? 0 : i; // the id of row k, again
        String id = "r" + k + (longFirst == 1 && k < 300 ? "-" + "x".repeat(200)
            : longFirst == 2 && k >= 300 ? "-" + "y".repeat(60) : "");
        if (k != i) {
          expected.add((i + 2) + " respondent id " + RespondentIds.quote(id) + " repeats line "
              + (k + 2));
        }
        csv.append(id).append(",t").append(i % 7).append(',').append(1 + i % 7)
            .append(",2,3,4,5,6,7\n");
      }
      Path file = write("sized" + longFirst + ".csv", csv);
      List<String> batchedRows = new ArrayList<>();
      List<String> detailedRows = new ArrayList<>();
      ReadSummary a = batched(file, batchedRows);
      ReadSummary b = detailed(file, detailedRows);
      List<String> found = a.findings().stream()
          .map(f -> f.line() + " " + f.message().substring(0, f.message().indexOf(" (")))
          .toList();
      assertEquals(expected, found, "long first ids: " + longFirst);
      assertEquals(errors(a), errors(b));
      assertEquals(n - expected.size(), batchedRows.size());
      assertEquals(detailedRows.stream().map(r -> r.substring(r.lastIndexOf('/') + 1)).toList(),
          batchedRows);
    }
  }

  @Test
  void idsRepeatOnlyWithinAWave() throws Exception {
    Path file = write("waves.csv", "respondent,team,wave,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "R017,a,1,1,2,3,4,5,6,7\n"   // line 2
        + "R017,a,2,2,2,3,4,5,6,7\n"   // line 3: another wave, fine
        + "R018,a,1,3,2,3,4,5,6,7\n"   // line 4
        + "R017,b,1,4,2,3,4,5,6,7\n"   // line 5: repeats line 2 in wave 1
        + "R017,b,2,5,2,3,4,5,6,7\n"   // line 6: repeats line 3 in wave 2
        + "R017,b,3,6,2,3,4,5,6,7\n"); // line 7: a third wave, fine
    List<ReadRow> read = new ArrayList<>();
    ReadSummary s = ResponseReader.read(InputSource.of(file.toString(), null, null),
        request(false), "wave", ReadRow.into(read));
    List<String> rows = read.stream().map(r -> r.wave() + "/" + r.team(s) + ":" + (int) r.raw()[0])
        .toList();
    assertEquals(List.of(
        "5 1 (respondent): respondent id \"R017\" repeats line 2 in the same wave, \"1\" (one"
            + " row per person in each wave)",
        "6 1 (respondent): respondent id \"R017\" repeats line 3 in the same wave, \"2\" (one"
            + " row per person in each wave)"), errors(s));
    assertEquals(List.of("1/a:1", "2/a:2", "1/a:3", "3/b:6"), rows);
    assertEquals(2, s.rowsWithErrors());
    assertEquals(6, s.rows());
  }

  @Test
  void aWaveFileReadWithoutWavesRepeatsItsIds() throws Exception {
    Path file = write("waves.csv", "respondent,team,wave,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "R017,a,1,1,2,3,4,5,6,7\n"
        + "R017,a,2,2,2,3,4,5,6,7\n");
    List<String> rows = new ArrayList<>();
    ReadSummary s = batched(file, rows);
    assertEquals(List.of("3 1 (respondent): respondent id \"R017\" repeats line 2 (one row per"
        + " person; a file that holds several waves needs --wave COLUMN)"), errors(s));
    assertEquals(List.of("a:1"), rows);
  }

  @Test
  void emptyIdsAreNotChecked() throws Exception {
    Path file = write("empty.csv", HEADER
        + ",a,1,2,3,4,5,6,7\n"
        + "  ,a,2,2,3,4,5,6,7\n"
        + ",b,3,2,3,4,5,6,7\n");
    List<String> rows = new ArrayList<>();
    ReadSummary s = batched(file, rows);
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(3, rows.size());
    List<String> detailedRows = new ArrayList<>();
    assertFalse(detailed(file, detailedRows).hasErrors());
    assertEquals(List.of("2/a:1", "3/a:2", "4/b:3"), detailedRows);
  }

  @Test
  void withoutAnIdColumnNothingIsChecked() throws Exception {
    Path file = write("noid.csv", "team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "a,1,2,3,4,5,6,7\n"
        + "a,1,2,3,4,5,6,7\n");
    List<String> rows = new ArrayList<>();
    assertFalse(detailed(file, rows).hasErrors());
    assertEquals(List.of("2/a:1", "3/a:1"), rows);
  }

  @Test
  void rowsNotHandedOnDoNotClaimTheirIds() throws Exception {
    // An id is taken by the first row handed on: not by a row with an error, nor by one
    // dropped as unfinished.
    Path file = write("claims.csv", "respondent,team,Finished,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "R1,a,True,9,2,3,4,5,6,7\n"  // line 2: 9 is off the scale
        + "R1,a,True,1,2,3,4,5,6,7\n"  // line 3: fine
        + "R2,a,False,1,2,3,4,5,6,7\n" // line 4: unfinished, dropped
        + "R2,a,True,2,2,3,4,5,6,7\n"  // line 5: fine
        + "R1,a,True,3,2,3,4,5,6,7\n"); // line 6: repeats line 3
    List<String> rows = new ArrayList<>();
    ReadSummary s = batched(file, rows);
    assertEquals(2, s.errorCount(), s.findings().toString());
    assertEquals(2, s.findings().get(0).line());
    assertTrue(s.findings().get(1).message().startsWith("respondent id \"R1\" repeats line 3 "));
    assertEquals(List.of("a:1", "a:2"), rows);
    assertEquals(1, s.droppedRows());
  }

  @Test
  void longAndStrangeIdsAreQuotedShortAndEscaped() throws Exception {
    String longId = "L".repeat(60);
    String strange = "R\u001b[2J";
    Path file = write("strange.csv", HEADER
        + longId + ",a,1,2,3,4,5,6,7\n"
        + strange + ",a,1,2,3,4,5,6,7\n"
        + longId + ",a,1,2,3,4,5,6,7\n"
        + strange + ",a,1,2,3,4,5,6,7\n");
    ReadSummary s = batched(file, new ArrayList<>());
    List<String> messages = s.findings().stream().map(Finding::message).toList();
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("respondent id \"" + "L".repeat(40) + "...\" repeats"
        + " line 2 "), messages.get(0));
    assertTrue(messages.get(1).startsWith("respondent id \"R\\u001b[2J\" repeats line 3 "),
        messages.get(1));
    assertTrue(messages.stream().noneMatch(m -> m.indexOf('\u001b') >= 0));
  }

  @Test
  void qualtricsResponseIdsAreChecked() throws Exception {
    // The fixture's first data row, again at the end: its ResponseId repeats.
    List<String> lines = Files.readAllLines(
        Path.of(ResponseReaderTest.resource("dialects/qualtrics.csv")));
    StringBuilder csv = new StringBuilder();
    lines.forEach(l -> csv.append(l).append('\n'));
    csv.append(lines.get(3)).append('\n');
    Path file = write("qualtrics.csv", csv);
    List<String> rows = new ArrayList<>();
    ReadSummary s = detailed(file, rows);
    assertEquals(1, s.errorCount(), s.findings().toString());
    Finding f = s.firstError();
    assertEquals(lines.size() + 1, f.line());
    assertEquals("9 (ResponseId)", f.column());
    assertTrue(f.message().startsWith("respondent id \"R_r01x9Fq2LmZ\" repeats line 4 "),
        f.message());
    assertEquals(12, rows.size());
  }
}
