package org.leadsurvey.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the quoting of the CSV text read through it, as FastCSV parses it (RFC 4180: a quote
 * opens a quoted field only at the start of a field, and {@code ""} inside one is a quote), to
 * tell whether the input ended inside a quoted field. FastCSV 4.1 does not report that case: it
 * returns the rest of the file as the last field, where Commons CSV failed with "EOF reached
 * before encapsulated token finished". Once {@link #endedInsideQuotes()} is true, the record
 * the parser just returned is the last one, and it holds the unclosed quote.
 */
final class QuoteTracker extends FilterReader {
  private static final int FIELD_START = 0;
  private static final int DATA = 1;
  private static final int QUOTED = 2;
  private static final int CLOSED = 3;

  private final char delimiter;
  private final char quote;
  private int state = FIELD_START;
  private boolean ended;

  QuoteTracker(Reader in, char delimiter, char quote) {
    super(in);
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /** Whether the whole input has been read and it ended inside a quoted field. */
  boolean endedInsideQuotes() {
    return ended && state == QUOTED;
  }

  @Override
  public int read() throws IOException {
    int c = in.read();
    if (c < 0) {
      ended = true;
    } else {
      state = next(state, (char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n < 0) {
      ended = true;
      return n;
    }
    // The state in a local over the chunk: this runs over every character of a million-row
    // file, on the thread that parses it.
    int s = state;
    int i = off;
    int end = off + n;
    if (s != QUOTED) {
      // Up to the chunk's first quote (most chunks have none), only the last delimiter or
      // line break matters, and whether anything follows it: no state machine per character.
      int q = i;
      while (q < end && buf[q] != quote) {
        q++;
      }
      int last = q - 1;
      while (last >= i && !separates(buf[last])) {
        last--;
      }
      if (last >= i) {
        s = last == q - 1 ? FIELD_START : DATA;
      } else if (q > i && s == FIELD_START) {
        s = DATA;
      }
      i = q;
    }
    for (; i < end; i++) {
      s = next(s, buf[i]);
    }
    state = s;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported: every character must be seen");
  }

  private boolean separates(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  /**
   * The state after character c. After a closing quote, another quote reopens the field ("" is
   * a quote); anything but a delimiter or line break there is the parser's "unexpected character
   * after closing quote", and the state stays CLOSED. In unquoted data a quote is data.
   */
  private int next(int s, char c) {
    if (s == QUOTED) {
      return c == quote ? CLOSED : QUOTED;
    }
    if (c == quote) {
      return s == DATA ? DATA : QUOTED;
    }
    if (separates(c)) {
      return FIELD_START;
    }
    return s == FIELD_START ? DATA : s;
  }
}
