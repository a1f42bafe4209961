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

/** Rows carry their values in the --by columns, numbered per column in ingest. */
class CutColumnsTest {
  @TempDir
  Path tmp;

  private ReadSummary read(String csv, List<String> cuts, List<RowBatch> kept,
      List<String> rows) throws Exception {
    Path file = tmp.resolve("cuts.csv");
    Files.writeString(file, csv);
    ResponseReader.Request request = new ResponseReader.Request(
        ResponseReaderTest.psychSafety(), "team", false, Set.of("", "NA"),
        ResponseReader.Options.DEFAULT, cuts);
    return ResponseReader.read(InputSource.of(file.toString(), null, null), request, batch -> {
      for (int i = 0; i < batch.size(); i++) {
        StringBuilder row = new StringBuilder().append(batch.line(i));
        for (int j = 0; j < cuts.size(); j++) {
          row.append(' ').append(batch.cut(i, j));
        }
        rows.add(row.toString());
      }
      kept.add(batch);
      return batch.emptyCopy(); // as a sink that keeps batches does
    });
  }

  @Test
  void valuesAreNumberedPerColumnAndBlanksAreAGroup() throws Exception {
    StringBuilder csv = new StringBuilder("team,gender,PS1,PS2,PS3,PS4,PS5,PS6,PS7,site\n");
    String[] genders = {"woman", " man ", "", "NA", "woman", "nonbinary"};
    for (int i = 0; i < 300; i++) { // over two batches
      csv.append("t").append(i % 3).append(',').append(genders[i % genders.length])
          .append(",1,2,3,4,5,6,7,").append(i % 2 == 0 ? "Leeds" : "Oslo").append('\n');
    }
    List<RowBatch> kept = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    ReadSummary s = read(csv.toString(), List.of("Gender", "site"), kept, rows);
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(List.of(List.of("woman", "man", ResponseReader.NO_ANSWER, "nonbinary"),
        List.of("Leeds", "Oslo")), s.cutValues());
    assertEquals(300, rows.size());
    assertEquals(List.of("2 0 0", "3 1 1", "4 2 0", "5 2 1", "6 0 0", "7 3 1", "8 0 0"),
        rows.subList(0, 7));
    assertEquals(2, kept.size());
  }

  @Test
  void aMissingColumnIsAnErrorNamingTheHeader() throws Exception {
    List<String> rows = new ArrayList<>();
    ReadSummary s = read("team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\nt,1,2,3,4,5,6,7\n",
        List.of("tenure"), new ArrayList<>(), rows);
    assertTrue(s.hasErrors());
    assertEquals("no column 'tenure' (named by --by); the header has: team, PS1, PS2, PS3,"
        + " PS4, PS5, PS6, PS7", s.firstError().message());
    assertEquals(List.of(), rows);
  }
}
