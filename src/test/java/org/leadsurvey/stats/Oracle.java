package org.leadsurvey.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The R reference data of {@code src/test/resources/oracle/} (a copy of shared/oracle:
 * R 4.2, psych 2.2.9, multilevel 2.7). Loaded with Commons CSV directly so that stats tests
 * do not depend on the ingest package.
 */
final class Oracle {
  private Oracle() {}

  static List<CSVRecord> csv(String path) {
    try (InputStream in = Oracle.class.getResourceAsStream("/oracle/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource oracle/" + path);
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code stat -> value} of an expected-*.csv with columns stat,value. */
  static Map<String, Double> stats(String path) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (CSVRecord r : csv(path)) {
      m.put(r.get("stat"), Double.parseDouble(r.get("value")));
    }
    return m;
  }

  /** A survey dataset with its keying, fed to a {@link ScaleAccumulator}. */
  record Survey(String folder, String teamColumn, List<String> items, List<String> reverse,
      int min, int max) {

    static final Survey ACME = new Survey("acme-psafety", "team",
        List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7"), List.of("PS1", "PS3", "PS5"), 1, 7);
    static final Survey COHESION = new Survey("cohesion", "UNIT",
        List.of("COH01", "COH02", "COH03", "COH04", "COH05"), List.of(), 1, 5);

    ScaleAccumulator accumulate(MissingPolicy missing) {
      ScaleAccumulator acc = new ScaleAccumulator(items, min, max, missing);
      for (CSVRecord r : csv(folder + "/responses.csv")) {
        double[] keyed = new double[items.size()];
        for (int i = 0; i < keyed.length; i++) {
          String v = r.get(items.get(i));
          double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
          keyed[i] = reverse.contains(items.get(i)) ? min + max - raw : raw;
        }
        acc.add(r.get(teamColumn), keyed);
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
    for (CSVRecord r : csv(path)) {
      for (Map.Entry<String, String> e : r.toMap().entrySet()) {
        cols.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(Double.parseDouble(e.getValue()));
      }
    }
    return cols;
  }
}
