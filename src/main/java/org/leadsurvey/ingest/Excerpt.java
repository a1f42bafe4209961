package org.leadsurvey.ingest;

import java.util.List;
import org.leadsurvey.io.ControlCharacters;

/**
 * What an error message may quote of the data: a short excerpt, so that a 5 MB cell gives a
 * short error and a header that swallowed rows (an unclosed quote) does not print anyone's
 * answers. Each quotation stops at its first line break and after {@link #MAX} characters
 * (with an ellipsis), and shows control characters as escapes.
 */
public final class Excerpt {
  /** The longest quotation of one value, in characters. */
  public static final int MAX = 40;
  /** Header names listed in a message, at most. */
  static final int NAMES = 30;

  private Excerpt() {}

  /** One value, quoted as said above. */
  public static String of(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX + 8));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || b.length() >= MAX) {
        return b.append('…').toString();
      }
      if (ControlCharacters.isControl(c)) {
        b.append(ControlCharacters.escape(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** "a, b, c" of a header, each name an excerpt, the first {@link #NAMES} of them. */
  public static String names(List<String> header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(header.size(), NAMES); i++) {
      b.append(i == 0 ? "" : ", ").append(of(header.get(i)));
    }
    if (header.size() > NAMES) {
      b.append(", … (").append(header.size()).append(" columns)");
    }
    return b.toString();
  }
}
