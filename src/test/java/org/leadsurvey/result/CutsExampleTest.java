package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;

/** The worked example of docs/privacy.md (demographic cuts) on examples/demographics.csv. */
class CutsExampleTest {
  private static final List<String> ITEMS = List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6",
      "PS7");
  private static final List<String> REVERSE = List.of("PS1", "PS3", "PS5");
  private static final List<String> COLUMNS = List.of("tenure", "gender", "site");

  @Test
  void theFiguresInThePrivacyDocsHold() throws IOException {
    TeamsAsPublished teams = new TeamsAsPublished(ITEMS.size(), 6);
    CutAtoms atoms = new CutAtoms(COLUMNS);
    CutAccumulator sums = new CutAccumulator(ITEMS.size(), 6);
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
        .ofNamedCsvRecord(Path.of("examples/demographics.csv"))) {
      for (NamedCsvRecord r : csv) {
        double[] keyed = new double[ITEMS.size()];
        for (int i = 0; i < keyed.length; i++) {
          String v = r.getField(ITEMS.get(i));
          double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
          keyed[i] = REVERSE.contains(ITEMS.get(i)) ? 8 - raw : raw;
        }
        double score = TeamsAsPublished.score(keyed);
        if (score != score) {
          continue; // not scored
        }
        int[] values = new int[COLUMNS.size()];
        for (int c = 0; c < values.length; c++) {
          values[c] = atoms.value(c, r.getField(COLUMNS.get(c)));
        }
        teams.add(r.getField("team"), keyed);
        sums.add(atoms.atom(atoms.team(r.getField("team")), values), keyed);
      }
    }
    ScaleResult scale = teams.publish(ITEMS, 5);
    CutsReport groups = Disclosure.publish(scale, atoms, sums, false, 5);
    assertEquals(15, shownGroups(groups), "every group shown");
    assertEquals(0, groups.hiddenToProtect());
    CutsReport cells = Disclosure.publish(scale, atoms, sums, true, 5);
    assertEquals(15, shownGroups(cells));
    assertEquals(List.of(49, 29, 16), cells.cuts().stream().map(c -> c.cells().stream()
        .mapToInt(t -> t.groups().size()).sum()).toList(), "cells shown per column");
    assertEquals(47, cells.hiddenToProtect());
  }

  private static long shownGroups(CutsReport report) {
    return report.cuts().stream().flatMap(c -> c.groups().stream())
        .filter(g -> g instanceof CutGroup.Shown).count();
  }
}
