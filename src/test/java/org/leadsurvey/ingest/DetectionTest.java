package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dialect, encoding and delimiter detection, each from the first few records or bytes. */
class DetectionTest {
  @Test
  void dialects() {
    assertEquals(Dialect.PLAIN, Dialect.detect(List.of(List.of("team", "PS1"), List.of("a", "1"))));
    assertEquals(Dialect.QUALTRICS, Dialect.detect(List.of(List.of("StartDate", "Q1"),
        List.of("Start Date", "Question"), List.of("{\"ImportId\":\"startDate\"}", "{\"ImportId\":\"QID1\"}"))));
    assertEquals(Dialect.SURVEYMONKEY, Dialect.detect(List.of(List.of("Respondent ID", "Collector ID", "Q"),
        List.of("", "", "Response"))));
    assertEquals(Dialect.GOOGLE_FORMS, Dialect.detect(List.of(List.of("Timestamp", "Question"))));
    assertEquals(Dialect.GOOGLE_FORMS, Dialect.detect(List.of(List.of("Zeitstempel", "Frage"))));
    assertEquals(Dialect.MICROSOFT_FORMS, Dialect.detect(List.of(List.of("ID", "Start time", "Completion time", "Email"))));
    assertEquals(Dialect.LIMESURVEY, Dialect.detect(List.of(List.of("id", "submitdate", "lastpage", "PS[PS1]"))));
    assertEquals(Dialect.MICROSOFT_FORMS, Dialect.parse("Excel"));
    assertEquals(Dialect.GOOGLE_FORMS, Dialect.parse("google_forms"));
  }

  @Test
  void encodings() {
    assertEquals(StandardCharsets.UTF_8, InputSource.detect("Süd,1".getBytes(StandardCharsets.UTF_8)));
    assertEquals(InputSource.WINDOWS_1252, InputSource.detect("Süd,1".getBytes(Charset.forName("windows-1252"))));
    assertEquals(StandardCharsets.UTF_16LE, InputSource.detect("team,PS1\n".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(StandardCharsets.UTF_16BE, InputSource.detect("team,PS1\n".getBytes(StandardCharsets.UTF_16BE)));
    // A multi-byte character cut by the end of the detection block is still UTF-8.
    byte[] block = new byte[InputSource.DETECTION_BLOCK];
    java.util.Arrays.fill(block, (byte) 'a');
    block[block.length - 1] = (byte) 0xC3; // first byte of "ü"
    assertEquals(StandardCharsets.UTF_8, InputSource.detect(block));
  }

  @Test
  void delimiters() throws IOException {
    assertEquals(',', ResponseReader.delimiter(new BufferedReader(new StringReader("a,b;c\n1;2;3"))));
    assertEquals(';', ResponseReader.delimiter(new BufferedReader(new StringReader("a;b;\"x,y,z\"\n"))));
    assertEquals('\t', ResponseReader.delimiter(new BufferedReader(new StringReader("a\tb\tc,d\n"))));
    assertEquals(',', ResponseReader.delimiter(new BufferedReader(new StringReader("single\n"))));
  }
}
