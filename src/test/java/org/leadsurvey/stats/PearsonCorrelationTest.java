package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against R: src/test/resources/network/cor-test.csv, computed with R 4.2.2 by
 * cor-test-fixtures.R there ({@code stats::cor.test(x, y, method = "pearson")}: estimate,
 * conf.int, p.value). Tolerance 1e-12 (r, CI), 1e-10 (p, from the t distribution).
 */
class PearsonCorrelationTest {
  static List<Object[]> cases() throws IOException {
    try (InputStream in = PearsonCorrelationTest.class.getResourceAsStream("/network/cor-test.csv")) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords().stream()
          .map(r -> new Object[] {r.get("case"), r}).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesCorTest(String name, CSVRecord e) {
    PearsonCorrelation.Result r = PearsonCorrelation.of(nums(e.get("x")), nums(e.get("y")));
    assertEquals(Long.parseLong(e.get("n")), r.n());
    assertEquals(Double.parseDouble(e.get("r")), r.r(), 1e-12);
    assertEquals(Double.parseDouble(e.get("p")), r.p(), 1e-10);
    if (e.get("lower").equals("NA")) { // cor.test gives no interval for n < 4
      assertTrue(Double.isNaN(r.ci95().lower()) && Double.isNaN(r.ci95().upper()));
    } else {
      assertEquals(Double.parseDouble(e.get("lower")), r.ci95().lower(), 1e-12);
      assertEquals(Double.parseDouble(e.get("upper")), r.ci95().upper(), 1e-12);
    }
  }

  private static double[] nums(String s) {
    return Arrays.stream(s.split(";")).mapToDouble(Double::parseDouble).toArray();
  }
}
