package org.leadsurvey.stats;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The R reference data of {@code src/test/resources/oracle/} (a copy of shared/oracle:
 * R 4.2, psych 2.2.9, multilevel 2.7). Loaded with FastCSV directly so that stats tests
 * do not depend on the ingest package.
 */
final class Oracle {
  private Oracle() {}

  static List<NamedCsvRecord> csv(String path) {
    try (InputStream in = Oracle.class.getResourceAsStream("/oracle/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource oracle/" + path);
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(r)) {
        return csv.stream().toList();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code stat -> value} of an expected-*.csv with columns stat,value. */
  static Map<String, Double> stats(String path) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (NamedCsvRecord r : csv(path)) {
      m.put(r.getField("stat"), Double.parseDouble(r.getField("value")));
    }
    return m;
  }

  /** A survey dataset with its keying, fed to a {@link NamedAccumulator}. */
  record Survey(String folder, String teamColumn, List<String> items, List<String> reverse,
      int min, int max) {

    static final Survey ACME = new Survey("acme-psafety", "team",
        List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7"), List.of("PS1", "PS3", "PS5"), 1, 7);
    static final Survey COHESION = new Survey("cohesion", "UNIT",
        List.of("COH01", "COH02", "COH03", "COH04", "COH05"), List.of(), 1, 5);

    NamedAccumulator accumulate(MissingPolicy missing) {
      return accumulate(new NamedAccumulator(items, min, max, missing));
    }

    NamedAccumulator accumulate(MissingPolicy missing, FavourableRange favourable) {
      return accumulate(new NamedAccumulator(items, min, max, missing, favourable));
    }

    private NamedAccumulator accumulate(NamedAccumulator acc) {
      for (NamedCsvRecord r : csv(folder + "/responses.csv")) {
        double[] keyed = new double[items.size()];
        for (int i = 0; i < keyed.length; i++) {
          String v = r.getField(items.get(i));
          double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
          keyed[i] = reverse.contains(items.get(i)) ? min + max - raw : raw;
        }
        acc.add(r.getField(teamColumn), keyed);
      }
      return acc;
    }

    @Override
    public String toString() {
      return folder;
    }
  }

  /** Columns of bh1996/data.csv as arrays. */
  static Map<String, List<Double>> columns(String path) {
    Map<String, List<Double>> cols = new LinkedHashMap<>();
    for (NamedCsvRecord r : csv(path)) {
      for (Map.Entry<String, String> e : r.getFieldsAsMap().entrySet()) {
        cols.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(Double.parseDouble(e.getValue()));
      }
    }
    return cols;
  }
}
