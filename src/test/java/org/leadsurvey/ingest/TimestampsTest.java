package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Platform date-times against java.time (the reference clock). */
class TimestampsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2026-11-23 09:01:02        | 2026-11-23T09:01:02",
      "2026-11-23T21:01:02.123Z   | 2026-11-23T21:01:02",
      "11/23/2026 09:01:02 AM     | 2026-11-23T09:01:02",
      "11/23/2026 12:30:00 AM     | 2026-11-23T00:30:00",
      "11/23/2026 1:05:00 PM      | 2026-11-23T13:05:00",
      "11/23/26 9:01              | 2026-11-23T09:01:00",
      "23.11.2026 09:01           | 2026-11-23T09:01:00",
      "23/11/2026 17:45:59        | 2026-11-23T17:45:59",
      "2024/02/29 23:59:59        | 2024-02-29T23:59:59"})
  void parses(String text, String iso) {
    double expected = LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
    assertEquals(expected, Timestamps.seconds(text), 0);
  }

  @ParameterizedTest
  @CsvSource({"''", "yesterday", "2026-11-23", "13/13/2026 10:00"})
  void notADateTime(String text) {
    assertTrue(Double.isNaN(Timestamps.seconds(text)), text);
  }
}
