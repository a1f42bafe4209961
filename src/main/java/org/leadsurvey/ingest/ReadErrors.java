package org.leadsurvey.ingest;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain words for what can go wrong while reading a CSV file, for the one-line error. */
final class ReadErrors {
  private ReadErrors() {}

  /** A quoted field open at the end of the file (see {@link QuoteTracker}). */
  static final String UNCLOSED_QUOTE = "a quoted field is never closed (an unmatched \" in the file)";

  private static final Pattern STARTED_IN_LINE =
      Pattern.compile("record that started in line (\\d+)");

  /**
   * The line FastCSV names in its exception ("Exception when reading record that started in
   * line N", or "... first record": line 1), else {@code fallback}.
   */
  static long line(Exception e, long fallback) {
    if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
      return 0; // the file as a whole
    }
    String m = e.getMessage();
    if (m != null) {
      if (m.startsWith("Exception when reading first record")) {
        return 1;
      }
      Matcher found = STARTED_IN_LINE.matcher(m);
      if (found.find()) {
        return Long.parseLong(found.group(1));
      }
    }
    return fallback;
  }

  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
        return "the file is not valid text in the expected encoding (saved as Windows-1252 or"
            + " Latin-1? pass --encoding windows-1252, or save it as UTF-8)";
      }
      String m = t.getMessage();
      if (m != null && m.contains("EOF reached before encapsulated token finished")) {
        return UNCLOSED_QUOTE;
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
