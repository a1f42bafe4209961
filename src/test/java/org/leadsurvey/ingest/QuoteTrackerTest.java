package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether the text ended inside a quoted field, read alongside FastCSV as the readers do. */
class QuoteTrackerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "closed quoted field                  | a,\"b\"\\n                | false",
      "closed, no final line break          | a,\"b\"                   | false",
      "escaped quote inside                 | a,\"b\"\"c\"\\n           | false",
      "empty quoted field                   | a,\"\"                    | false",
      "quoted line break                    | a,\"b\\nc\"\\n            | false",
      "quote inside an unquoted field       | a,b\"c\\n                 | false",
      "quote after a space is literal       | a, \"c\\n                 | false",
      "semicolon delimiter                  | a;\"b;c\"\\n              | false",
      "unclosed                             | a,\"b\\n                  | true",
      "unclosed, no final line break        | a,\"b                     | true",
      "unclosed after an escaped quote      | a,\"b\"\"                 | true",
      "only an opening quote                | a,\"                      | true",
      "unclosed after a closed field        | \"a\",\"b                 | true",
      "reopened after the closing quote     | a,\"b\"\"\\nc,d\\n        | true"})
  void endedInsideQuotes(String what, String text, boolean unclosed) throws IOException {
    String csv = text.replace("\\n", "\n");
    char delimiter = csv.contains(";") ? ';' : ',';
    QuoteTracker t = new QuoteTracker(new StringReader(csv), delimiter, '"');
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter)
        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(t)) {
      long records = 0;
      for (CsvRecord r : reader) {
        records++;
      }
      assertEquals(unclosed, t.endedInsideQuotes(), what + " (" + records + " records)");
    }
  }

  @Test
  void chunksReadWholeAgreeWithOneCharacterAtATime() throws IOException {
    // read(char[]) skips ahead to a chunk's first quote; read() follows every character.
    SplittableRandom random = new SplittableRandom(11);
    char[] alphabet = {'a', 'b', ',', ',', '"', '"', '\n', '\r', ' '};
    for (int round = 0; round < 20_000; round++) {
      char[] text = new char[random.nextInt(1, 60)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String csv = new String(text);
      QuoteTracker one = new QuoteTracker(new StringReader(csv), ',', '"');
      while (one.read() >= 0) {
        // every character through read()
      }
      QuoteTracker chunks = new QuoteTracker(new StringReader(csv), ',', '"');
      char[] buf = new char[64];
      while (chunks.read(buf, random.nextInt(3), random.nextInt(1, 10)) >= 0) {
        // chunks of 1 to 9 characters at offsets 0 to 2
      }
      assertEquals(one.endedInsideQuotes(), chunks.endedInsideQuotes(), csv.replace("\n", "\\n"));
    }
  }

  @ParameterizedTest
  @CsvSource({"5", "8191", "8192", "8193", "20000"})
  void notBeforeTheLastRecordWhateverTheBufferSize(int rows) throws IOException {
    // FastCSV reads in blocks: the end of input is seen only while parsing the last record.
    String csv = "h1,h2\n" + "a,b\n".repeat(rows) + "c,\"d";
    QuoteTracker t = new QuoteTracker(new StringReader(csv), ',', '"');
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(t)) {
      long seen = 0;
      for (CsvRecord r : reader) {
        seen++;
        boolean last = seen == rows + 2;
        assertEquals(last, t.endedInsideQuotes(), "record " + seen + " of " + (rows + 2));
        if (last) {
          assertEquals(rows + 2, r.getStartingLineNumber());
        }
      }
      assertEquals(rows + 2, seen);
    }
    assertFalse(new QuoteTracker(new StringReader(""), ',', '"').endedInsideQuotes());
  }
}
