package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against R: src/test/resources/network/cor-test.csv, computed with R 4.2.2 by
 * cor-test-fixtures.R there ({@code stats::cor.test(x, y, method = "pearson")}: estimate,
 * conf.int, p.value). Tolerance 1e-12 (r, CI), 1e-10 (p, from the t distribution).
 */
class PearsonCorrelationTest {
  static List<Object[]> cases() throws IOException {
    try (InputStream in = PearsonCorrelationTest.class.getResourceAsStream("/network/cor-test.csv");
        CsvReader<NamedCsvRecord> csv = CsvReader.builder()
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return csv.stream().map(r -> new Object[] {r.getField("case"), r}).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesCorTest(String name, NamedCsvRecord e) {
    PearsonCorrelation.Result r = PearsonCorrelation.of(nums(e.getField("x")), nums(e.getField("y")));
    assertEquals(Long.parseLong(e.getField("n")), r.n());
    assertEquals(Double.parseDouble(e.getField("r")), r.r(), 1e-12);
    assertEquals(Double.parseDouble(e.getField("p")), r.p(), 1e-10);
    if (e.getField("lower").equals("NA")) { // cor.test gives no interval for n < 4
      assertTrue(Double.isNaN(r.ci95().lower()) && Double.isNaN(r.ci95().upper()));
    } else {
      assertEquals(Double.parseDouble(e.getField("lower")), r.ci95().lower(), 1e-12);
      assertEquals(Double.parseDouble(e.getField("upper")), r.ci95().upper(), 1e-12);
    }
  }

  private static double[] nums(String s) {
    return Arrays.stream(s.split(";")).mapToDouble(Double::parseDouble).toArray();
  }
}
