package org.leadsurvey.ingest;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

/** Plain words for what can go wrong while reading a CSV file, for the one-line error. */
final class ReadErrors {
  private ReadErrors() {}

  static String describe(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
        return "the file is not valid text in the expected encoding (saved as Windows-1252 or"
            + " Latin-1? pass --encoding windows-1252, or save it as UTF-8)";
      }
      String m = t.getMessage();
      if (m != null && m.contains("EOF reached before encapsulated token finished")) {
        return "a quoted field is never closed (an unmatched \" in the file)";
      }
      if (m != null && (m.contains("invalid char between encapsulated token and delimiter")
          || m.contains("Unexpected character after closing quote"))) {
        return "malformed CSV: a character follows a closing quote (a stray \" inside a field?)";
      }
    }
    // FastCSV wraps the cause in "Exception when reading record that started in line N".
    Throwable last = e;
    while (last.getCause() != null && last.getCause().getMessage() != null) {
      last = last.getCause();
    }
    return "cannot read: " + last.getMessage();
  }
}
